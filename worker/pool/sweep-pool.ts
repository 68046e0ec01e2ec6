import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { PoolRules } from "../../shared/schema/pool-rules";
import type { Db } from "../db/client";
import { runBatch } from "../db/guards";
import { auditLog, customers, poolRules } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import { letOthersRun } from "../http/let-others-run";
import { daysBefore, lastFollowUpSql, readPoolRules } from "./pool-rules";

export interface SweepOptions {
	/** Customers released per batch (one D1 batch each, with a pause after it, so other requests are served in between). */
	batchSize?: number;
	/** Batches per run at most; the next run (the cron trigger, every minute) carries on. */
	maxBatches?: number;
}

export interface SweepResult {
	released: number;
	batches: number;
	teams: number;
}

/**
 * The condition for an automatic release at `now`: owned, live, out of the pool, no follow-up for
 * releaseAfterDays, and not under protection after a claim. SQL over the customers row aliased `c`.
 */
export function dueForRelease(rules: PoolRules, now: Date, releaseAfterDays: number) {
	const protect =
		rules.protectDaysAfterClaim === null
			? sql``
			: sql` AND (c.claimed_at IS NULL OR c.claimed_at < ${daysBefore(now, rules.protectDaysAfterClaim)})`;
	return sql`c.owner_id IS NOT NULL AND c.in_pool = 0 AND c.deleted_at IS NULL AND ${lastFollowUpSql} < ${daysBefore(now, releaseAfterDays)}${protect}`;
}

/**
 * The cron trigger's pool sweep: for every team with releaseAfterDays set, releases the customers
 * due (see dueForRelease) in bounded batches, each release audited with its reason. Idempotent: a
 * released customer is in the pool, so a second run at the same `now` releases nothing.
 */
export async function sweepPool(db: Db, now: Date, options: SweepOptions = {}): Promise<SweepResult> {
	const batchSize = options.batchSize ?? 500;
	const maxBatches = options.maxBatches ?? 40;
	const result: SweepResult = { released: 0, batches: 0, teams: 0 };
	const teams = await db
		.select({ teamId: poolRules.teamId })
		.from(poolRules)
		.where(isNotNull(poolRules.rules));
	for (const { teamId } of teams) {
		const rules = await readPoolRules(db, teamId);
		if (rules.releaseAfterDays === null) continue;
		result.teams += 1;
		while (result.batches < maxBatches) {
			const released = await releaseBatch(db, teamId, rules, rules.releaseAfterDays, now, batchSize);
			if (released === 0) break;
			result.batches += 1;
			result.released += released;
			if (released < batchSize) break;
			await letOthersRun();
		}
		if (result.batches >= maxBatches) break;
	}
	return result;
}

async function releaseBatch(
	db: Db,
	teamId: string,
	rules: PoolRules,
	releaseAfterDays: number,
	now: Date,
	batchSize: number,
): Promise<number> {
	const at = now.toISOString();
	const due = await db.all<{ id: string; owner_id: string; last_follow_up: string }>(
		sql`SELECT c.id, c.owner_id, ${lastFollowUpSql} AS last_follow_up FROM customers c WHERE c.team_id = ${teamId} AND ${dueForRelease(rules, now, releaseAfterDays)} ORDER BY c.id LIMIT ${batchSize}`,
	);
	if (due.length === 0) return 0;
	const batch = JSON.stringify(due.map((d) => d.id));
	// Re-checked as it is written: a follow-up recorded since the read keeps the customer.
	const stillDue = sql`SELECT c.id FROM customers c WHERE c.team_id = ${teamId} AND c.id IN (SELECT value FROM json_each(${batch})) AND ${dueForRelease(rules, now, releaseAfterDays)}`;
	const reason = `no follow-up for ${releaseAfterDays} days`;
	await runBatch(db, [
		db
			.insert(auditLog)
			.select(
				sql`SELECT NULL, ${teamId}, NULL, 'customer.release', 'customer', c.id, json_object('ownerId', c.owner_id, 'inPool', json('false')), json_object('ownerId', NULL, 'inPool', json('true'), 'reason', ${reason}, 'rule', 'releaseAfterDays', 'lastFollowUpAt', ${lastFollowUpSql}), ${at} FROM customers c WHERE c.id IN (${stillDue})`,
			),
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({
				poolPreviousOwnerId: sql`${customers.ownerId}`,
				ownerId: null,
				ownerSince: null,
				inPool: true,
				poolSince: at,
				version: sql`${customers.version} + 1`,
				syncSeq: currentSyncSeq(teamId),
				updatedAt: at,
			})
			.where(and(eq(customers.teamId, teamId), sql`${customers.id} IN (${stillDue})`)),
	]);
	return due.length;
}
