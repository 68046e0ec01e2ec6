import { and, eq, sql } from "drizzle-orm";
import type { ImportSummary } from "../../shared/import/wire";
import { type CustomerRow, customerSnapshot } from "../customers/view";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { importParts, imports } from "../db/schema";
import { bumpSyncCounter } from "../db/sync-seq";
import { type NewJob, startJobStatements } from "../rescore/jobs";
import { col, fromQuery, jsonChunks, jsonInsert, type Statement } from "../rescore/statements";
import { leaseUntil, loadingGuard } from "./import-lease";
import type { CustomerPlan } from "./plan-customers";
import type { OrderPlan } from "./plan-orders";
import { contactInserts, identityInserts, orderInserts } from "./row-inserts";
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

/** New customers wait here, invisible, until the import is published: deleted_at holds this marker. */
export const stagedMarker = (importId: string) => `import:${importId}`;
/** …and this sync position, which no sync cursor reaches. */
export const STAGED_SEQ = -1;

function splitPlan(w: ImportWrite) {
	const planned = [...w.customers.customers.values()];
	const created = planned.filter((p) => p.before === null).map((p) => p.row);
	const isNew = new Set(created.map((c) => c.id));
	const updated = planned.filter((p) => p.before !== null && p.changed);
	return { planned, created, isNew, updated };
}

/**
 * Bounded work per batch: the customers the import creates, with their contacts, identities,
 * orders and audit entries, cut into batches of about `rowsPerChunk` written rows each (a customer
 * with its rows is never split; 0: one batch), each written invisible (stagedMarker, STAGED_SEQ).
 * Nothing of it is seen until `publishStatements`. Each batch is built when it is asked for.
 */
export function* loadChunks(db: Db, w: ImportWrite, rowsPerChunk: number): Generator<Statement[]> {
	const plan = splitPlan(w);
	const weight = new Map<string, number>(plan.created.map((c) => [c.id, 2])); // the customer and its audit entry
	const add = (customerId: string) => {
		const current = weight.get(customerId);
		if (current !== undefined) weight.set(customerId, current + 1);
	};
	for (const c of w.customers.newContacts) add(c.customerId);
	for (const i of w.customers.identities) add(i.customerId);
	for (const o of w.orders.orders) add(o.customerId);
	const limit = rowsPerChunk > 0 ? rowsPerChunk : Number.POSITIVE_INFINITY;
	let part: CustomerRow[] = [];
	let rows = 0;
	for (const customer of plan.created) {
		const size = weight.get(customer.id) ?? 1;
		if (rows > 0 && rows + size > limit) {
			yield loadStatements(db, w, part, new Set(part.map((c) => c.id)));
			part = [];
			rows = 0;
		}
		part.push(customer);
		rows += size;
	}
	if (part.length > 0) yield loadStatements(db, w, part, new Set(part.map((c) => c.id)));
}

function loadStatements(db: Db, w: ImportWrite, created: CustomerRow[], ids: Set<string>): Statement[] {
	return [
		// Still loading (not rolled back by a sweep meanwhile), and the lease is renewed.
		loadingGuard(db, w.teamId, w.importId),
		fromQuery(
			db
				.update(imports)
				.set({ expiresAt: leaseUntil() })
				.where(and(eq(imports.teamId, w.teamId), eq(imports.id, w.importId))),
		),
		...jsonInsert(
			"customers",
			["id", "team_id", ...CUSTOMER_COLUMNS, "source", "created_at", "updated_at", "deleted_at", "sync_seq"],
			created.map((c) => [
				c.id,
				c.teamId,
				...customerValues(c),
				c.source,
				c.createdAt,
				c.updatedAt,
				stagedMarker(w.importId),
				STAGED_SEQ,
			]),
		),
		...contactInserts(w.customers.newContacts.filter((c) => ids.has(c.customerId))),
		...identityInserts(
			w,
			w.customers.identities.filter((i) => ids.has(i.customerId)),
		),
		...orderInserts(
			w,
			w.orders.orders.filter((o) => ids.has(o.customerId)),
		),
		...audit(w, created, [], false),
		...(w.job?.scope === "import"
			? jsonInsert(
					"import_customers",
					["import_id", "customer_id", "team_id"],
					created.map((c) => [w.importId, c.id, w.teamId]),
				)
			: []),
	];
}

/**
 * One transaction that makes the import visible at once: guards (the import is still open, the
 * customers it merges are at the versions planned, the job situation is as seen), the staged
 * customers made live with a new sync position, the merges into existing customers (their
 * contacts, identities and orders), the import's audit entry and record, and the re-score job.
 */
export function publishStatements(db: Db, w: ImportWrite): Statement[] {
	const plan = splitPlan(w);
	const existing = (id: string) => !plan.isNew.has(id);
	return [
		...guards(
			db,
			w,
			plan.updated.map((p) => [p.row.id, p.before?.version ?? 0]),
		),
		fromQuery(bumpSyncCounter(db, w.teamId)),
		{
			sql: "UPDATE customers SET deleted_at = NULL, sync_seq = (SELECT sync_counter FROM teams WHERE id = ?) WHERE team_id = ? AND sync_seq = ? AND deleted_at = ?",
			params: [w.teamId, w.teamId, STAGED_SEQ, stagedMarker(w.importId)],
		},
		...updateCustomers(
			w,
			plan.updated.map((p) => ({ before: p.before?.version ?? 0, row: p.row })),
		),
		...contactInserts(w.customers.newContacts.filter((c) => existing(c.customerId))),
		...updateContacts(w),
		...identityInserts(
			w,
			w.customers.identities.filter((i) => existing(i.customerId)),
		),
		...orderInserts(
			w,
			w.orders.orders.filter((o) => existing(o.customerId)),
		),
		...audit(
			w,
			[],
			plan.updated.flatMap((p) => (p.before ? [{ before: p.before, row: p.row }] : [])),
			true,
		),
		...record(db, w),
		...(w.job ? startJobStatements(db, w.job) : []),
		...(w.job?.scope === "import"
			? jsonInsert(
					"import_customers",
					["import_id", "customer_id", "team_id"],
					plan.updated.map((p) => [w.importId, p.row.id, w.teamId]),
				)
			: []),
	];
}

function guards(db: Db, w: ImportWrite, versions: Array<[string, number]>): Statement[] {
	const open = [loadingGuard(db, w.teamId, w.importId)];
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
	withImportEntry: boolean,
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
		...(withImportEntry
			? [
					entry("import.commit", "import", w.importId, null, {
						rows: w.rows,
						customers: summary.customers,
						contacts: summary.contacts,
						identities: summary.identities,
						orders: summary.orders,
						jobId: w.job?.id ?? null,
					}),
				]
			: []),
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

/** The import's own record (created when loading began): committed with its summary; staged parts are no longer needed. */
function record(db: Db, w: ImportWrite): Statement[] {
	const done = {
		state: "committed" as const,
		rows: w.rows,
		summary: JSON.stringify(w.summary),
		jobId: w.job?.id ?? null,
		committedAt: w.at,
		expiresAt: null,
	};
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
