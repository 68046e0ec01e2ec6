import { and, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { type HandoverResult, handoverInputSchema } from "../../shared/schema/handover";
import { requireRole } from "../auth/authenticate";
import type { Statement } from "../customers/write";
import { auditStatement } from "../db/audit";
import { guard, runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { auditLog, customers } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import type { AppEnv } from "../env";
import { buildHandoverPlan } from "../handover/build-plan";
import { conflict } from "../http/problem";
import { json } from "../http/validate";

/** Customers per statement: each chunk's plan is one bound JSON parameter. */
const CHUNK = 500;

const GUARDS = {
	handover_stale: () =>
		conflict("The leaving member's customers changed meanwhile; preview the handover again"),
	member_inactive: () => conflict("A receiving member was deactivated meanwhile; preview the handover again"),
};

/**
 * /v1/team/handover (managers, admins), 人走客留: `POST /preview` answers who would receive what;
 * `POST /` does it — one batch (all or nothing), set-based statements per 500 customers, one
 * `team.handover` audit entry with the counts plus one transfer or release entry per customer.
 */
export const handoverRoutes = new Hono<AppEnv>()
	.use(requireRole("admin", "manager"))
	.post("/preview", ...json(handoverInputSchema), async (c) => {
		return c.json(await buildHandoverPlan(c.var.db, c.var.auth.teamId, c.req.valid("json")));
	})
	.post("/", ...json(handoverInputSchema), async (c) => {
		const { db, auth } = c.var;
		const plan = await buildHandoverPlan(db, auth.teamId, c.req.valid("json"));
		const at = nowIso();
		const teamId = auth.teamId;
		const receiving = plan.receivers.filter((r) => r.total > 0).map((r) => r.memberId);
		const all = JSON.stringify(plan.customers.map((p) => p.id));
		const statements: Statement[] = [
			// Still theirs, live and out of the pool: else someone changed them after this plan was read.
			guard(
				db,
				teamId,
				"handover_stale",
				sql`(SELECT count(*) FROM customers WHERE team_id = ${teamId} AND owner_id = ${plan.from.id} AND in_pool = 0 AND deleted_at IS NULL AND id IN (SELECT value FROM json_each(${all}))) = ${plan.total}`,
			),
			guard(
				db,
				teamId,
				"member_inactive",
				sql`(SELECT count(*) FROM members WHERE team_id = ${teamId} AND active = 1 AND id IN (SELECT value FROM json_each(${JSON.stringify(receiving)}))) = ${receiving.length}`,
			),
			bumpSyncCounter(db, teamId),
			auditStatement(db, {
				teamId,
				actorId: auth.member.id,
				action: "team.handover",
				entity: "member",
				entityId: plan.from.id,
				after: { receivers: plan.receivers, pool: plan.pool, total: plan.total },
				at,
			}),
		];
		const handoverNote = JSON.stringify({ fromId: plan.from.id, fromName: plan.from.name, at });
		for (let i = 0; i < plan.customers.length; i += CHUNK) {
			const chunk = JSON.stringify(plan.customers.slice(i, i + CHUNK).map((p) => ({ id: p.id, to: p.to })));
			const moves = db
				.select({
					cid: sql<string>`json_extract(value, '$.id')`.as("cid"),
					to: sql<string | null>`json_extract(value, '$.to')`.as("to_member"),
				})
				.from(sql`json_each(${chunk})`)
				.as("moves");
			statements.push(
				db
					.insert(auditLog)
					.select(
						sql`SELECT NULL, ${teamId}, ${auth.member.id}, CASE WHEN m.to_member IS NULL THEN 'customer.release' ELSE 'customer.transfer' END, 'customer', c.id, json_object('ownerId', c.owner_id, 'inPool', json('false')), json_object('ownerId', m.to_member, 'inPool', json(CASE WHEN m.to_member IS NULL THEN 'true' ELSE 'false' END), 'handoverFrom', ${plan.from.id}), ${at} FROM (SELECT json_extract(value, '$.id') AS cid, json_extract(value, '$.to') AS to_member FROM json_each(${chunk})) m JOIN customers c ON c.id = m.cid AND +c.team_id = ${teamId}`,
					),
				db
					.update(customers)
					.set({
						ownerId: sql`${moves.to}`,
						ownerSince: sql`CASE WHEN ${moves.to} IS NULL THEN NULL ELSE ${at} END`,
						handover: sql`CASE WHEN ${moves.to} IS NULL THEN NULL ELSE ${handoverNote} END`,
						inPool: sql`${moves.to} IS NULL`,
						poolSince: sql`CASE WHEN ${moves.to} IS NULL THEN ${at} ELSE NULL END`,
						poolPreviousOwnerId: sql`CASE WHEN ${moves.to} IS NULL THEN ${plan.from.id} ELSE ${customers.poolPreviousOwnerId} END`,
						version: sql`${customers.version} + 1`,
						syncSeq: currentSyncSeq(teamId),
						updatedAt: at,
					})
					.from(moves)
					// By primary key from each move (`+` keeps the team index out of the plan), checked against the team.
					.where(and(sql`+${customers.teamId} = ${teamId}`, eq(customers.id, moves.cid))),
			);
		}
		await runBatch(db, statements, GUARDS);
		const result: HandoverResult = { ...plan, at };
		return c.json(result);
	});
