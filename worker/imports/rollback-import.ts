import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { imports } from "../db/schema";
import { runStatements, type Statement } from "../rescore/statements";
import { STAGING_TTL_MS } from "./staging";
import { STAGED_SEQ, stagedMarker } from "./write-import";

/** Customers removed per batch when rolling back: bounded like the load itself. */
const ROLLBACK_CHUNK = 500;

/** The next chunk of an import's invisible customers (on the customers_team_sync index). */
const STAGED_IDS = `SELECT id FROM customers WHERE team_id = ? AND sync_seq = ? AND deleted_at = ? ORDER BY id LIMIT ?`;

function rollbackChunk(teamId: string, importId: string): Statement[] {
	const staged = [teamId, STAGED_SEQ, stagedMarker(importId), ROLLBACK_CHUNK];
	const child = (table: string, extra = "") => ({
		sql: `DELETE FROM ${table} WHERE team_id = ?${extra} AND customer_id IN (${STAGED_IDS})`,
		params: [teamId, ...staged],
	});
	return [
		child("identities"),
		child("orders"),
		child("contacts"),
		{
			sql: `DELETE FROM import_customers WHERE import_id = ? AND customer_id IN (${STAGED_IDS})`,
			params: [importId, ...staged],
		},
		{
			sql: `DELETE FROM audit_log WHERE team_id = ? AND entity = 'customer' AND entity_id IN (${STAGED_IDS})`,
			params: [teamId, ...staged],
		},
		{ sql: `DELETE FROM customers WHERE team_id = ? AND id IN (${STAGED_IDS})`, params: [teamId, ...staged] },
	];
}

/**
 * Removes everything an unpublished import wrote — none of it was ever visible — in bounded
 * batches, then reopens a staged import (so committing it again resumes from its parts) or drops
 * the record of a one-request import.
 */
export async function rollbackImport(
	d1: D1Database,
	db: Db,
	teamId: string,
	importId: string,
): Promise<void> {
	for (;;) {
		const results = await runStatements(d1, rollbackChunk(teamId, importId));
		if ((results.at(-1)?.meta.changes ?? 0) < ROLLBACK_CHUNK) break;
	}
	const row = await db
		.select({ parts: imports.parts })
		.from(imports)
		.where(and(eq(imports.teamId, teamId), eq(imports.id, importId), eq(imports.state, "loading")))
		.get();
	if (!row) return;
	const where = and(eq(imports.teamId, teamId), eq(imports.id, importId), eq(imports.state, "loading"));
	if (row.parts > 0) {
		const expiresAt = new Date(Date.now() + STAGING_TTL_MS).toISOString();
		await db.update(imports).set({ state: "staging", expiresAt }).where(where);
	} else {
		await db.delete(imports).where(where);
	}
}

/** The cron trigger's sweep: imports whose loader died (lease expired) are rolled back. */
export async function rollBackAbandonedImports(d1: D1Database, db: Db, now: Date): Promise<void> {
	const dead = await db
		.select({ id: imports.id, teamId: imports.teamId })
		.from(imports)
		.where(and(eq(imports.state, "loading"), lt(imports.expiresAt, now.toISOString())))
		.limit(10);
	for (const { id, teamId } of dead) await rollbackImport(d1, db, teamId, id);
}
