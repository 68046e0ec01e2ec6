import { and, eq, not, type SQL, sql } from "drizzle-orm";
import type { ProblemError } from "../http/problem";
import type { Db } from "./client";
import { teams, writeGuards } from "./schema";

const PREFIX = "tierline:";

/**
 * A batch precondition (see `writeGuards` in schema.ts): when `holds` is false the trigger aborts
 * the statement, D1 rolls the whole batch back, and `runBatch` turns the reason into a problem.
 */
export function guard(db: Db, teamId: string, reason: string, holds: SQL) {
	// INSERT … SELECT from the team's row (drizzle has no FROM-less select; raw SQL with parameters
	// cannot go into a drizzle D1 batch).
	return db.insert(writeGuards).select(
		db
			.select({ reason: sql<string>`${PREFIX + reason}`.as("reason") })
			.from(teams)
			.where(and(eq(teams.id, teamId), not(holds))),
	);
}

/** The reason of a failed guard in an error thrown by D1 (or drizzle wrapping it), if any. */
export function guardReason(error: unknown): string | null {
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		const match = /tierline:([a-z_-]+)/.exec(e.message);
		if (match?.[1]) return match[1];
	}
	return null;
}

/** True when D1 refused a write because of a UNIQUE index (e.g. two captures racing on one identity). */
export function isUniqueViolation(error: unknown, index?: string): boolean {
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		if (/UNIQUE constraint failed/i.test(e.message) && (index === undefined || e.message.includes(index))) {
			return true;
		}
	}
	return false;
}

type BatchItem = Parameters<Db["batch"]>[0][number];

/**
 * Runs statements as one D1 batch (a single transaction: all or nothing). Failed guards become
 * the problems given for their reasons.
 */
export async function runBatch(
	db: Db,
	items: BatchItem[],
	onGuard: Record<string, () => ProblemError> = {},
): Promise<unknown[]> {
	if (items.length === 0) return [];
	return guarded(() => db.batch(items as [BatchItem, ...BatchItem[]]), onGuard);
}

/** Runs a batch; when one of its guards fails, throws the problem given for that guard's reason instead. */
export async function guarded<T>(
	batch: () => Promise<T>,
	onGuard: Record<string, () => ProblemError>,
): Promise<T> {
	try {
		return await batch();
	} catch (error) {
		const reason = guardReason(error);
		const problem = reason === null ? undefined : onGuard[reason];
		if (problem) throw problem();
		throw error;
	}
}
