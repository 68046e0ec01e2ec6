import { and, eq, sql } from "drizzle-orm";
import type { Customer } from "../../shared/schema/customer";
import { type AuditEntry, auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { customers } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import { conflict, notFound } from "../http/problem";
import type { LabelOf } from "./team-scoring";
import { type CustomerRow, customerJson, findCustomer, loadContactNames, loadIdentities } from "./view";

export type Statement = Parameters<Db["batch"]>[0][number];

/** Guard reasons of customer writes and the problems they become. */
export const CUSTOMER_GUARDS = {
	stale: () => conflict("The customer changed meanwhile; reload it and try again"),
};

/** Fails the batch unless the customer is still live at the version that was read. */
export function unchangedSince(db: Db, row: CustomerRow) {
	return guard(
		db,
		row.teamId,
		"stale",
		sql`EXISTS (SELECT 1 FROM customers WHERE team_id = ${row.teamId} AND id = ${row.id} AND version = ${row.version} AND deleted_at IS NULL)`,
	);
}

/**
 * The statements of one customer change: version check, next sync position, the update with a
 * new version, and the audit entry. Run them (plus any others) in one batch.
 */
export function updateCustomer(
	db: Db,
	row: CustomerRow,
	set: Partial<CustomerRow>,
	audit: Omit<AuditEntry, "teamId" | "entity" | "entityId">,
): Statement[] {
	return [
		unchangedSince(db, row),
		bumpSyncCounter(db, row.teamId),
		db
			.update(customers)
			.set({ ...set, version: row.version + 1, syncSeq: currentSyncSeq(row.teamId), updatedAt: audit.at })
			.where(and(eq(customers.teamId, row.teamId), eq(customers.id, row.id))),
		auditStatement(db, { ...audit, teamId: row.teamId, entity: "customer", entityId: row.id }),
	];
}

/** The customer as the API answers it, read back after a write. */
export async function customerResponse(
	db: Db,
	teamId: string,
	id: string,
	labelOf: LabelOf,
): Promise<Customer> {
	const [row, ids, names] = await Promise.all([
		findCustomer(db, teamId, id),
		loadIdentities(db, teamId, [id]),
		loadContactNames(db, teamId, [id]),
	]);
	if (!row) throw notFound("The customer");
	return customerJson(row, ids.get(id) ?? [], names.get(id) ?? [], labelOf);
}

/** A live customer of the caller's team, or 404 (whatever team the id may belong to). */
export async function requireCustomer(db: Db, teamId: string, id: string) {
	const row = await findCustomer(db, teamId, id);
	if (!row) throw notFound("The customer");
	return row;
}
