import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { fromQuery, type Statement } from "../rescore/statements";

/**
 * A loading import holds a lease, renewed by every batch it writes. Past it, the import is taken
 * for dead (its process was killed) and its invisible rows may be rolled back (rollback-import.ts).
 */
export const LOAD_LEASE_MS = 60_000;

export const leaseUntil = (now = Date.now()) => new Date(now + LOAD_LEASE_MS).toISOString();

/** Aborts the batch unless the import is still loading: a sweep that rolled it back wins. */
export function loadingGuard(db: Db, teamId: string, importId: string): Statement {
	return fromQuery(
		guard(
			db,
			teamId,
			"import_closed",
			sql`EXISTS (SELECT 1 FROM imports WHERE id = ${importId} AND team_id = ${teamId} AND state = 'loading')`,
		),
	);
}
