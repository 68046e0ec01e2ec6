import { asc, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";

/**
 * How long an Idempotency-Key is remembered. The extension's outbox retries a capture for minutes
 * to hours (until it is answered or given up), long before a week has passed; after this, a key
 * that comes again is treated as new, and the cron trigger drops the old record.
 */
export const IDEMPOTENCY_TTL_MS = 7 * 24 * 3_600_000;

/** Rows deleted per statement, and at most per cron run: keeps each run short however far behind. */
export const EXPIRY_CHUNK = 1_000;
export const EXPIRY_MAX_PER_RUN = 5_000;

/** True when a key claimed at `createdAt` (ISO) has expired at `now`. */
export function isExpired(createdAt: string, now: Date): boolean {
	return now.getTime() - Date.parse(createdAt) >= IDEMPOTENCY_TTL_MS;
}

/**
 * The cron trigger's sweep: deletes expired keys of all teams (there is no caller's team here),
 * oldest first, in chunks, at most EXPIRY_MAX_PER_RUN rows. Answers how many were deleted.
 */
export async function expireIdempotencyKeys(db: Db, now: Date): Promise<number> {
	const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
	let deleted = 0;
	while (deleted < EXPIRY_MAX_PER_RUN) {
		const chunk = Math.min(EXPIRY_CHUNK, EXPIRY_MAX_PER_RUN - deleted);
		const oldest = db
			.select({ rowid: sql`rowid` })
			.from(idempotencyKeys)
			.where(lt(idempotencyKeys.createdAt, cutoff))
			.orderBy(asc(idempotencyKeys.createdAt))
			.limit(chunk);
		const result = await db.delete(idempotencyKeys).where(inArray(sql`rowid`, oldest)).run();
		deleted += result.meta.changes;
		if (result.meta.changes < chunk) break;
	}
	return deleted;
}
