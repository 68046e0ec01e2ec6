import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { type PoolWarning, poolRulesSchema } from "../../shared/schema/pool-rules";
import { requireRole } from "../auth/authenticate";
import { auditStatement } from "../db/audit";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { poolRules } from "../db/schema";
import type { AppEnv } from "../env";
import { json } from "../http/validate";
import { DAY_MS, lastFollowUpSql, readPoolRules } from "../pool/pool-rules";
import { dueForRelease } from "../pool/sweep-pool";

/**
 * /v1/team/pool-rules: every member reads the team's pool (公海) rules, admins change them (422 with
 * field paths on bad values; audited). GET /warnings: customers the rules will release soon — a
 * salesperson's own, the whole team's for managers and admins.
 */
export const poolRulesRoutes = new Hono<AppEnv>()
	.get("/", async (c) => c.json(await readPoolRules(c.var.db, c.var.auth.teamId)))
	.put("/", requireRole("admin"), ...json(poolRulesSchema), async (c) => {
		const { db, auth } = c.var;
		const rules = c.req.valid("json");
		const before = await readPoolRules(db, auth.teamId);
		const at = nowIso();
		const row = {
			teamId: auth.teamId,
			rules: JSON.stringify(rules),
			updatedAt: at,
			updatedBy: auth.member.id,
		};
		await runBatch(db, [
			db
				.insert(poolRules)
				.values(row)
				.onConflictDoUpdate({
					target: poolRules.teamId,
					set: { rules: row.rules, updatedAt: at, updatedBy: row.updatedBy },
				}),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "team.pool_rules",
				entity: "team",
				entityId: auth.teamId,
				before,
				after: rules,
				at,
			}),
		]);
		return c.json(rules);
	})
	.get("/warnings", async (c) => {
		const { db, auth } = c.var;
		const rules = await readPoolRules(db, auth.teamId);
		const { releaseAfterDays, warnDaysBefore } = rules;
		if (releaseAfterDays === null || warnDaysBefore === null) return c.json({ items: [] as PoolWarning[] });
		const now = new Date();
		const mine = auth.member.role === "sales" ? sql` AND c.owner_id = ${auth.member.id}` : sql``;
		const rows = await db.all<{ id: string; name: string; tier: string; owner_id: string; last: string }>(
			sql`SELECT c.id, c.name, c.tier, c.owner_id, ${lastFollowUpSql} AS last FROM customers c WHERE c.team_id = ${auth.teamId}${mine} AND ${dueForRelease(rules, now, releaseAfterDays - warnDaysBefore)} ORDER BY last, c.id LIMIT 500`,
		);
		const items: PoolWarning[] = rows.map((r) => ({
			customerId: r.id,
			name: r.name,
			tier: r.tier as PoolWarning["tier"],
			ownerId: r.owner_id,
			lastFollowUpAt: r.last,
			releaseAt: new Date(Date.parse(r.last) + releaseAfterDays * DAY_MS).toISOString(),
		}));
		return c.json({ items });
	});
