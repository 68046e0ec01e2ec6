import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { Hono } from "hono";
import { bulkTransferInputSchema } from "../../shared/schema/customer";
import { requireRole } from "../auth/authenticate";
import { guard, runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { auditLog, customers, members } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import type { AppEnv } from "../env";
import { conflict, forbidden, invalidField, notFound } from "../http/problem";
import { json } from "../http/validate";
import { MEMBER_GUARDS, updateMember } from "./update-member";

/**
 * POST /v1/customers/bulk-transfer (managers, admins): hand every customer of a leaving member to
 * others, round-robin in name order, optionally deactivating the member: one batch, a constant
 * number of set-based statements however many customers move, one audit row per customer.
 */
export const bulkTransferRoutes = new Hono<AppEnv>().post(
	"/bulk-transfer",
	requireRole("admin", "manager"),
	...json(bulkTransferInputSchema),
	async (c) => {
		const { db, auth } = c.var;
		const input = c.req.valid("json");
		// Deactivating a member is member management, which is the admins' (as PATCH /v1/members/:id).
		if (input.deactivate && auth.member.role !== "admin") {
			throw forbidden("Only an admin deactivates a member; transfer without deactivate");
		}
		const targets = [...new Set(input.toMemberIds)];
		if (targets.includes(input.fromMemberId)) {
			throw invalidField("toMemberIds", "The leaving member can't receive their own customers");
		}
		const people = await db
			.select()
			.from(members)
			.where(and(eq(members.teamId, auth.teamId), inArray(members.id, [input.fromMemberId, ...targets])));
		const from = people.find((m) => m.id === input.fromMemberId);
		if (!from) throw notFound("The member whose customers move");
		for (const id of targets) {
			const target = people.find((m) => m.id === id);
			if (!target) throw notFound(`Member ${id}`);
			if (!target.active) throw conflict(`Member ${target.name} is deactivated`);
		}

		const at = nowIso();
		const owned = and(
			eq(customers.teamId, auth.teamId),
			eq(customers.ownerId, from.id),
			isNull(customers.deletedAt),
		);
		const targetList = JSON.stringify(targets);
		// Slot i of the name-ordered customers goes to targets[i mod k]; parenthesised because || binds before %,
		// and k cast because D1 binds JS numbers as REAL ("$[0.0]" is no JSON path).
		const newOwner = sql`json_extract(${targetList}, '$[' || ((row_number() OVER (ORDER BY ${customers.name}, ${customers.id}) - 1) % CAST(${targets.length} AS INTEGER)) || ']')`;
		const moves = db
			.select({
				cid: sql<string>`${customers.id}`.as("cid"),
				newOwner: sql<string>`${newOwner}`.as("new_owner"),
			})
			.from(customers)
			.where(owned)
			.as("moves");
		const results = await runBatch(
			db,
			[
				guard(
					db,
					auth.teamId,
					"member_inactive",
					sql`(SELECT count(*) FROM members WHERE team_id = ${auth.teamId} AND active = 1 AND id IN (SELECT value FROM json_each(${targetList}))) = ${targets.length}`,
				),
				db
					.insert(auditLog)
					.select(
						sql`SELECT NULL, ${auth.teamId}, ${auth.member.id}, 'customer.transfer', 'customer', ${customers.id}, json_object('ownerId', ${customers.ownerId}), json_object('ownerId', ${newOwner}, 'bulkFrom', ${from.id}), ${at} FROM ${customers} WHERE ${owned}`,
					),
				bumpSyncCounter(db, auth.teamId),
				db
					.update(customers)
					.set({
						ownerId: sql`${moves.newOwner}`,
						ownerSince: at,
						inPool: false,
						poolSince: null,
						version: sql`${customers.version} + 1`,
						syncSeq: currentSyncSeq(auth.teamId),
						updatedAt: at,
					})
					.from(moves)
					.where(eq(customers.id, moves.cid)),
				...(input.deactivate && from.active
					? updateMember(db, from, { active: false }, { actorId: auth.member.id, at })
					: []),
			],
			{
				member_inactive: () => conflict("A receiving member was deactivated meanwhile"),
				...MEMBER_GUARDS,
			},
		);
		const moved = (results[3] as D1Result).meta.changes;
		return c.json({
			moved,
			perMember: targets.map((memberId, i) => ({
				memberId,
				count: Math.floor(moved / targets.length) + (i < moved % targets.length ? 1 : 0),
			})),
			deactivated: input.deactivate,
		});
	},
);
