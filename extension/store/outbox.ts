import type { OutboxEntry, TierlineDb } from "./db";

/** Backoff policy: 2 s, 4 s, 8 s … capped at 10 minutes, with "equal jitter" (half fixed, half random). */
export const BACKOFF = { baseMs: 2_000, capMs: 10 * 60_000 } as const;

/** Delay before attempt number `attempts + 1`, after `attempts` failures (attempts ≥ 1). */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
	const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
	const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** exponent);
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Entries due now, oldest first. */
export async function dueEntries(db: TierlineDb, now: number): Promise<OutboxEntry[]> {
	const due = await db.outbox.where("nextAttemptAt").belowOrEqual(now).toArray();
	return due.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** When the next entry is due (epoch ms), or null when the outbox is empty. */
export async function nextAttemptAt(db: TierlineDb): Promise<number | null> {
	const first = await db.outbox.orderBy("nextAttemptAt").first();
	return first ? first.nextAttemptAt : null;
}

/** One more failed attempt: keep the entry (and its key), push its next attempt back. */
export async function markRetry(
	db: TierlineDb,
	entry: OutboxEntry,
	error: string,
	now: number,
	random: () => number = Math.random,
): Promise<OutboxEntry> {
	const attempts = entry.attempts + 1;
	const next = { attempts, lastError: error, nextAttemptAt: now + backoffDelay(attempts, random) };
	await db.outbox.update(entry.key, next);
	return { ...entry, ...next };
}

/** "Retry now": make every waiting entry due at once (the backoff restarts from its count). */
export async function makeAllDue(db: TierlineDb, now: number): Promise<number> {
	return db.outbox.toCollection().modify({ nextAttemptAt: now });
}

export function pendingCount(db: TierlineDb): Promise<number> {
	return db.outbox.count();
}
