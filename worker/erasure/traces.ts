import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Statement } from "../customers/write";
import type { Db } from "../db/client";
import { auditLog, idempotencyKeys, importParts, imports } from "../db/schema";

/** What an audit snapshot becomes once the data it held is erased: ids and the fact, nothing else. */
export const REDACTED = JSON.stringify({ redacted: "erased" });

/** Does a text column hold any of these values (case-insensitive)? */
function mentions(column: SQLiteColumn, values: string[]): SQL | undefined {
	const hits = values.map((v) => sql`instr(lower(coalesce(${column}, '')), ${v.toLowerCase()}) > 0`);
	return hits.length === 0 ? undefined : or(...hits);
}

/**
 * Where erased data lingers outside its own tables, and the statements that remove it: audit
 * snapshots (redacted to ids, the entries stay), stored capture answers behind idempotency keys
 * (purged: a retry then runs afresh), staged import parts (deleted: that import must be sent again)
 * and import summaries (redacted). `values` are the erased emails, phones and names; `ids` the
 * erased customer and contact ids.
 */
export function eraseTraces(db: Db, teamId: string, ids: string[], values: string[]): Statement[] {
	// Short values ("Li", "+1") would match everywhere; ids and real emails and phones are long enough.
	const personal = [...new Set(values.filter((v) => v.trim().length >= 3))];
	const needles = [...ids, ...personal];
	const staged = mentions(importParts.body, personal);
	const audit = or(
		mentions(auditLog.before, needles),
		mentions(auditLog.after, needles),
		...ids.map((id) => eq(auditLog.entityId, id)),
	);
	return [
		db
			.update(auditLog)
			.set({
				before: sql`CASE WHEN ${auditLog.before} IS NULL THEN NULL ELSE ${REDACTED} END`,
				after: REDACTED,
			})
			.where(and(eq(auditLog.teamId, teamId), audit)),
		db
			.delete(idempotencyKeys)
			.where(and(eq(idempotencyKeys.teamId, teamId), mentions(idempotencyKeys.responseBody, needles))),
		...(staged === undefined
			? []
			: [
					db.delete(importParts).where(and(eq(importParts.teamId, teamId), staged)),
					db
						.update(imports)
						.set({ summary: REDACTED })
						.where(and(eq(imports.teamId, teamId), mentions(imports.summary, personal))),
				]),
	];
}
