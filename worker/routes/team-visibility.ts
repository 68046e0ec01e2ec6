import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { teamVisibilityInputSchema } from "../../shared/schema/team";
import { requireRole } from "../auth/authenticate";
import { auditStatement } from "../db/audit";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { teams } from "../db/schema";
import type { AppEnv } from "../env";
import { json } from "../http/validate";

/**
 * /v1/team/visibility: who sees a customer in full (customers/visibility.ts). Every member reads
 * it; admins change it.
 */
export const teamVisibilityRoutes = new Hono<AppEnv>()
	.get("/", (c) => c.json({ visibility: c.var.auth.team.visibility }))
	.put("/", requireRole("admin"), ...json(teamVisibilityInputSchema), async (c) => {
		const { db, auth } = c.var;
		const { visibility } = c.req.valid("json");
		await runBatch(db, [
			db.update(teams).set({ visibility }).where(eq(teams.id, auth.teamId)),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "team.visibility",
				entity: "team",
				entityId: auth.teamId,
				before: { visibility: auth.team.visibility },
				after: { visibility },
				at: nowIso(),
			}),
		]);
		return c.json({ visibility });
	});
