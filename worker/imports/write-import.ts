import { and, eq, sql } from "drizzle-orm";
import type { ImportSummary } from "../../shared/import/wire";
import { type CustomerRow, customerSnapshot } from "../customers/view";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { importParts, imports } from "../db/schema";
import { bumpSyncCounter } from "../db/sync-seq";
import { type NewJob, startJobStatements } from "../rescore/jobs";
import {
	type ComputedColumn,
	col,
	fromQuery,
	jsonChunks,
	jsonInsert,
	type Statement,
} from "../rescore/statements";
import type { CustomerPlan } from "./plan-customers";
import type { OrderPlan } from "./plan-orders";
import { CONTACT_COLUMNS, CUSTOMER_COLUMNS, contactValues, customerValues } from "./written-columns";

export interface ImportWrite {
	teamId: string;
	memberId: string;
	importId: string;
	/** "staged": the imports row exists and must still be staging; "new": it is inserted here. */
	origin: "staged" | "new";
	customers: CustomerPlan;
	orders: OrderPlan;
	summary: ImportSummary;
	rows: number;
	/** The re-score job to start; null when nothing changed. */
	job: NewJob | null;
	/** The running job and settings version seen while planning; the batch aborts if either moved. */
	seen: { runningJobId: string | null; settingsVersion: number };
	at: string;
}

/**
 * The whole import as one D1 batch — one transaction, so the file lands completely or not at all:
 * guards (the import is still open, the customers it merges are at the versions planned, the job
 * situation is as seen), customers, contacts, identities, orders, audit, the import's record and
 * the re-score job. Rows travel as JSON parameters (a few statements per table, whatever the size).
 */
export function importStatements(db: Db, w: ImportWrite): Statement[] {
	const planned = [...w.customers.customers.values()];
	const created = planned.filter((p) => p.before === null).map((p) => p.row);
	const updated = planned.filter((p) => p.before !== null && p.changed);
	return [
		...guards(
			db,
			w,
			updated.map((p) => [p.row.id, p.before?.version ?? 0]),
		),
		fromQuery(bumpSyncCounter(db, w.teamId)),
		...jsonInsert(
			"customers",
			["id", "team_id", ...CUSTOMER_COLUMNS, "created_at", "updated_at"],
			created.map((c) => [c.id, c.teamId, ...customerValues(c), c.createdAt, c.updatedAt]),
			{ computed: [syncSeq(w.teamId)] },
		),
		...updateCustomers(
			w,
			updated.map((p) => ({ before: p.before?.version ?? 0, row: p.row })),
		),
		...jsonInsert(
			"contacts",
			["id", "team_id", "customer_id", ...CONTACT_COLUMNS, "created_at", "updated_at"],
			w.customers.newContacts.map((c) => [
				c.id,
				c.teamId,
				c.customerId,
				...contactValues(c),
				c.createdAt,
				c.updatedAt,
			]),
		),
		...updateContacts(w),
		...jsonInsert(
			"identities",
			["id", "team_id", "customer_id", "contact_id", "kind", "value", "created_at"],
			w.customers.identities.map((i) => [i.id, w.teamId, i.customerId, i.contactId, i.kind, i.value, w.at]),
		),
		...jsonInsert(
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
			w.orders.orders.map((o) => [
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
		),
		...audit(
			w,
			created,
			updated.flatMap((p) => (p.before ? [{ before: p.before, row: p.row }] : [])),
		),
		...record(db, w),
		...(w.job ? startJobStatements(db, w.job) : []),
		...(w.job?.scope === "import"
			? jsonInsert(
					"import_customers",
					["import_id", "customer_id", "team_id"],
					planned.filter((p) => p.changed).map((p) => [w.importId, p.row.id, w.teamId]),
				)
			: []),
	];
}

function guards(db: Db, w: ImportWrite, versions: Array<[string, number]>): Statement[] {
	const open =
		w.origin === "staged"
			? [
					fromQuery(
						guard(
							db,
							w.teamId,
							"import_closed",
							sql`EXISTS (SELECT 1 FROM imports WHERE id = ${w.importId} AND team_id = ${w.teamId} AND state = 'staging')`,
						),
					),
				]
			: [];
	const job = fromQuery(
		guard(
			db,
			w.teamId,
			"jobs_moved",
			sql`(SELECT id FROM rescore_jobs WHERE team_id = ${w.teamId} AND state = 'running') IS ${w.seen.runningJobId}
				AND (SELECT version FROM scoring_settings WHERE team_id = ${w.teamId}) IS ${w.seen.settingsVersion}`,
		),
	);
	const stale = jsonChunks(versions).map((json) =>
		fromQuery(
			guard(
				db,
				w.teamId,
				"stale",
				sql`(SELECT count(*) FROM json_each(${json}) AS j CROSS JOIN customers AS c
					ON c.team_id = ${w.teamId} AND c.id = json_extract(j.value, '$[0]')
					AND c.version = json_extract(j.value, '$[1]') AND c.deleted_at IS NULL) = json_array_length(${json})`,
			),
		),
	);
	return [...open, job, ...stale];
}

const syncSeq = (teamId: string): ComputedColumn => ({
	column: "sync_seq",
	expr: "(SELECT sync_counter FROM teams WHERE id = ?)",
	params: [teamId],
});

function updateCustomers(w: ImportWrite, rows: Array<{ before: number; row: CustomerRow }>): Statement[] {
	const set = CUSTOMER_COLUMNS.map((f, i) => `${f} = ${col(i + 2)}`).join(", ");
	return jsonChunks(rows.map(({ before, row: c }) => [c.id, before, ...customerValues(c)])).map((json) => ({
		sql:
			`UPDATE customers SET ${set}, version = version + 1, sync_seq = (SELECT sync_counter FROM teams WHERE id = ?), updated_at = ? ` +
			`FROM json_each(?) AS j WHERE +customers.team_id = ? AND customers.id = ${col(0)} AND customers.version = ${col(1)}`,
		params: [w.teamId, w.at, json, w.teamId],
	}));
}

function updateContacts(w: ImportWrite): Statement[] {
	const fields = [...CONTACT_COLUMNS, "updated_at"];
	const set = fields.map((f, i) => `${f} = ${col(i + 1)}`).join(", ");
	return jsonChunks(
		[...w.customers.contactUpdates.values()].map((c) => [c.id, ...contactValues(c), c.updatedAt]),
	).map((json) => ({
		sql: `UPDATE contacts SET ${set} FROM json_each(?) AS j WHERE +contacts.team_id = ? AND contacts.id = ${col(0)}`,
		params: [json, w.teamId],
	}));
}

/** One entry for the import, and one per customer created or changed (before and after). */
function audit(
	w: ImportWrite,
	created: CustomerRow[],
	updated: Array<{ before: CustomerRow; row: CustomerRow }>,
): Statement[] {
	const { summary } = w;
	const entry = (action: string, entity: string, id: string, before: unknown, after: unknown) => [
		w.teamId,
		w.memberId,
		action,
		entity,
		id,
		before === null ? null : JSON.stringify(before),
		JSON.stringify(after),
		w.at,
	];
	const rows = [
		entry("import.commit", "import", w.importId, null, {
			rows: w.rows,
			customers: summary.customers,
			contacts: summary.contacts,
			identities: summary.identities,
			orders: summary.orders,
			jobId: w.job?.id ?? null,
		}),
		...created.map((c) =>
			entry("customer.import_create", "customer", c.id, null, {
				...customerSnapshot(c),
				importId: w.importId,
			}),
		),
		...updated.map((u) =>
			entry("customer.import_merge", "customer", u.row.id, customerSnapshot(u.before), {
				...customerSnapshot({ ...u.row, version: u.before.version + 1 }),
				importId: w.importId,
			}),
		),
	];
	return jsonInsert(
		"audit_log",
		["team_id", "actor_id", "action", "entity", "entity_id", "before", "after", "at"],
		rows,
	);
}

/** The import's own record: committed with its summary; staged parts are no longer needed. */
function record(db: Db, w: ImportWrite): Statement[] {
	const done = {
		state: "committed" as const,
		rows: w.rows,
		summary: JSON.stringify(w.summary),
		jobId: w.job?.id ?? null,
		committedAt: w.at,
	};
	if (w.origin === "new") {
		return [
			fromQuery(
				db
					.insert(imports)
					.values({ id: w.importId, teamId: w.teamId, memberId: w.memberId, createdAt: w.at, ...done }),
			),
		];
	}
	return [
		fromQuery(
			db
				.update(imports)
				.set(done)
				.where(and(eq(imports.teamId, w.teamId), eq(imports.id, w.importId))),
		),
		fromQuery(
			db
				.delete(importParts)
				.where(and(eq(importParts.teamId, w.teamId), eq(importParts.importId, w.importId))),
		),
	];
}
