import { eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { teams } from "./schema";

/**
 * Customer changes are numbered per team for GET /v1/sync: a batch that writes customers first
 * bumps `teams.sync_counter` (this statement), then stamps each written customer with
 * `currentSyncSeq(teamId)`. Both run in one D1 batch, so a reader never sees a half-numbered change.
 */
export function bumpSyncCounter(db: Db, teamId: string) {
	return db
		.update(teams)
		.set({ syncCounter: sql`${teams.syncCounter} + 1` })
		.where(eq(teams.id, teamId));
}

export function currentSyncSeq(teamId: string) {
	return sql<number>`(SELECT sync_counter FROM teams WHERE id = ${teamId})`;
}
