import { jsonInsert, type Statement } from "../rescore/statements";
import type { ImportWrite } from "./write-import";
import { CONTACT_COLUMNS, contactValues } from "./written-columns";

/** The INSERTs of an import's new rows, as JSON-driven statements (a few per table, whatever the count). */
export function contactInserts(rows: ImportWrite["customers"]["newContacts"]): Statement[] {
	return jsonInsert(
		"contacts",
		["id", "team_id", "customer_id", ...CONTACT_COLUMNS, "created_at", "updated_at"],
		rows.map((c) => [c.id, c.teamId, c.customerId, ...contactValues(c), c.createdAt, c.updatedAt]),
	);
}

export function identityInserts(w: ImportWrite, rows: ImportWrite["customers"]["identities"]): Statement[] {
	return jsonInsert(
		"identities",
		["id", "team_id", "customer_id", "contact_id", "kind", "value", "created_at"],
		rows.map((i) => [i.id, w.teamId, i.customerId, i.contactId, i.kind, i.value, w.at]),
	);
}

export function orderInserts(w: ImportWrite, rows: ImportWrite["orders"]["orders"]): Statement[] {
	return jsonInsert(
		"orders",
		[
			"id",
			"team_id",
			"customer_id",
			"amount",
			"currency",
			"amount_usd",
			"date",
			"reference",
			"cancelled",
			"created_by",
			"created_at",
		],
		rows.map((o) => [
			o.id,
			w.teamId,
			o.customerId,
			o.amount,
			o.currency,
			o.amountUsd,
			o.date,
			o.reference,
			o.cancelled ? 1 : 0,
			w.memberId,
			w.at,
		]),
		{ conflict: "ON CONFLICT DO NOTHING" },
	);
}
