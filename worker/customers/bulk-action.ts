import { and, eq, isNull, sql } from "drizzle-orm";
import type { BulkCustomerAction } from "../../shared/schema/team-customers";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { auditLog, customers, members } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import type { AuthContext } from "../env";
import { conflict, type FieldError, forbidden, invalid, notFound } from "../http/problem";
import { mayHandOver } from "../routes/ownership";
import { type CustomerRow, customerSnapshot } from "./view";
import type { Statement } from "./write";

const at = (i: number) => `customers.${i}`;

/** The request's customers, in its order, each a live customer of the team; else 422 naming the others. */
export async function loadBulkCustomers(
	db: Db,
	teamId: string,
	input: BulkCustomerAction,
): Promise<CustomerRow[]> {
	const ids = input.customers.map((c) => c.id);
	const repeated = ids.flatMap((id, i) =>
		ids.indexOf(id) < i ? [{ path: at(i), message: "Listed twice" }] : [],
	);
	if (repeated.length > 0) throw invalid(repeated, "A customer is listed twice");
	const found = await db
		.select()
		.from(customers)
		.where(
			and(
				eq(customers.teamId, teamId),
				isNull(customers.deletedAt),
				sql`${customers.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
			),
		);
	const byId = new Map(found.map((row) => [row.id, row]));
	const missing: FieldError[] = ids.flatMap((id, i) =>
		byId.has(id) ? [] : [{ path: at(i), message: `No customer ${id} in your team` }],
	);
	if (missing.length > 0) throw invalid(missing, "Some customers were not found; reload the table");
	return ids.map((id) => byId.get(id) as CustomerRow);
}

/**
 * Refuses the whole action, naming each customer it cannot take: one the caller may not hand over
 * (403: the owner, managers and admins do), one that changed since the table showed it, or one
 * already in the pool (409). A transfer's member must be active in the team. Returns its id.
 */
export async function checkBulkAction(
	db: Db,
	auth: AuthContext,
	input: BulkCustomerAction,
	rows: CustomerRow[],
): Promise<string | null> {
	const notYours = rows.flatMap((row, i) =>
		mayHandOver(auth.member.role, auth.member.id, row.ownerId)
			? []
			: [{ path: at(i), message: `${row.name} is not yours to hand over` }],
	);
	if (notYours.length > 0) {
		throw forbidden("Only the owner, a manager or an admin transfers or releases a customer", notYours);
	}
	const changed: FieldError[] = rows.flatMap((row, i) => {
		if (row.version !== input.customers[i]?.version) {
			return [{ path: at(i), message: `${row.name} changed since the table was loaded` }];
		}
		if (input.action === "release" && row.inPool)
			return [{ path: at(i), message: `${row.name} is already in the pool` }];
		return [];
	});
	if (changed.length > 0)
		throw conflict("Some customers changed or are already in the pool; reload the table", changed);
	if (input.action !== "transfer") return null;
	const target = await db
		.select({ id: members.id, active: members.active })
		.from(members)
		.where(and(eq(members.teamId, auth.teamId), eq(members.id, input.toMemberId)))
		.get();
	if (!target) throw notFound("The member to receive the customers");
	if (!target.active) throw conflict("The member to receive the customers is deactivated");
	return target.id;
}

/**
 * One batch, a constant number of statements however many customers: every customer still at its
 * version (else nothing is written), the receiving member still active, the update of them all,
 * and one audit entry per customer — the entries the single-customer routes write, marked bulk.
 */
export function bulkCustomerStatements(
	db: Db,
	auth: AuthContext,
	input: BulkCustomerAction,
	rows: CustomerRow[],
	targetId: string | null,
	now: string,
): Statement[] {
	const { teamId } = auth;
	const versions = JSON.stringify(rows.map((r) => ({ id: r.id, version: r.version })));
	const ids = JSON.stringify(rows.map((r) => r.id));
	const set: Partial<CustomerRow> =
		input.action === "transfer" && targetId !== null
			? { ownerId: targetId, ownerSince: now, inPool: false, poolSince: null }
			: { ownerId: null, ownerSince: null, inPool: true, poolSince: now };
	const entries = JSON.stringify(
		rows.map((row) => ({
			id: row.id,
			before: customerSnapshot(row),
			after: {
				...customerSnapshot({ ...row, ...set }),
				reason: input.reason ?? null,
				bulk: rows.length,
			},
		})),
	);
	const action = input.action === "transfer" ? "customer.transfer" : "customer.release";
	return [
		guard(
			db,
			teamId,
			"stale",
			sql`(SELECT count(*) FROM customers c JOIN json_each(${versions}) j
				ON c.id = json_extract(j.value, '$.id') AND c.version = json_extract(j.value, '$.version')
				WHERE c.team_id = ${teamId} AND c.deleted_at IS NULL) = ${rows.length}`,
		),
		...(targetId === null
			? []
			: [
					guard(
						db,
						teamId,
						"member_inactive",
						sql`EXISTS (SELECT 1 FROM members WHERE team_id = ${teamId} AND id = ${targetId} AND active = 1)`,
					),
				]),
		db.insert(auditLog).select(
			sql`SELECT NULL, ${teamId}, ${auth.member.id}, ${action}, 'customer', json_extract(j.value, '$.id'),
				json_extract(j.value, '$.before'), json_extract(j.value, '$.after'), ${now} FROM json_each(${entries}) j`,
		),
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({
				...set,
				// A release remembers who had it (the pool's reclaim cool-down), as POST …/release does.
				...(input.action === "release" ? { poolPreviousOwnerId: sql`${customers.ownerId}` } : {}),
				version: sql`${customers.version} + 1`,
				syncSeq: currentSyncSeq(teamId),
				updatedAt: now,
			})
			.where(
				and(eq(customers.teamId, teamId), sql`${customers.id} IN (SELECT value FROM json_each(${ids}))`),
			),
	];
}
