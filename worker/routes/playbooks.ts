import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { DEFAULT_PLAYBOOKS, type Playbooks, playbooksSchema } from "../../shared/schema/playbooks";
import { requireRole } from "../auth/authenticate";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { teamPlaybooks } from "../db/schema";
import type { AppEnv } from "../env";
import { json } from "../http/validate";

async function readPlaybooks(
	db: Db,
	teamId: string,
): Promise<{ playbooks: Playbooks; updatedAt: string | null }> {
	const row = await db.select().from(teamPlaybooks).where(eq(teamPlaybooks.teamId, teamId)).get();
	if (!row) return { playbooks: DEFAULT_PLAYBOOKS, updatedAt: null };
	const parsed = playbooksSchema.safeParse(JSON.parse(row.playbooks));
	return { playbooks: parsed.success ? parsed.data : DEFAULT_PLAYBOOKS, updatedAt: row.updatedAt };
}

/** /v1/team/playbooks: every member reads the team's per-tier playbooks; admins and managers set them. */
export const playbooksRoutes = new Hono<AppEnv>()
	.get("/", async (c) => c.json(await readPlaybooks(c.var.db, c.var.auth.teamId)))
	.put("/", requireRole("admin", "manager"), ...json(playbooksSchema), async (c) => {
		const { db, auth } = c.var;
		const playbooks = c.req.valid("json");
		const before = await readPlaybooks(db, auth.teamId);
		const at = nowIso();
		await runBatch(db, [
			db
				.insert(teamPlaybooks)
				.values({ teamId: auth.teamId, playbooks: JSON.stringify(playbooks), updatedAt: at })
				.onConflictDoUpdate({
					target: teamPlaybooks.teamId,
					set: { playbooks: JSON.stringify(playbooks), updatedAt: at },
				}),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "playbooks.update",
				entity: "team",
				entityId: auth.teamId,
				before: before.playbooks,
				after: playbooks,
				at,
			}),
		]);
		return c.json({ playbooks, updatedAt: at });
	});
