import type { Context } from "hono";
import { expireIdempotencyKeys } from "../capture/idempotency-expiry";
import { createDb } from "../db/client";
import { timedD1 } from "../db/timed-d1";
import type { AppEnv, Bindings } from "../env";
import { rollBackAbandonedImports } from "../imports/rollback-import";
import { expireStagedImports } from "../imports/staging";
import { sweepPool } from "../pool/sweep-pool";
import { findJob, idleJobs, type JobRow } from "./jobs";
import { startModelUpgrades } from "./model-upgrade";
import { advanceJob } from "./run-job";

/**
 * How jobs advance in a Worker (no queue, no Durable Object needed), in time-boxed slices:
 * - the request that starts a job (PUT /v1/team/scoring, an import's commit) works on it for up to
 *   START_BUDGET_MS before answering, so a small team's job is done in that very request;
 * - every progress poll (GET /v1/team/scoring/jobs/:id) of a running job whose lease is free works
 *   on it for up to POLL_BUDGET_MS before answering: a client that watches a job also drives it;
 * - the cron trigger (wrangler.toml, every minute) advances jobs nobody is watching.
 * Leases keep it to one runner per job; each step commits with the job's cursor, so a runner that
 * dies mid-step costs one step and the next runner resumes once the lease has expired.
 *
 * Why not `waitUntil` after answering: in local mode (wrangler dev 4.86 / miniflare) a waitUntil task
 * that keeps querying D1 holds up every other request until it ends and drops the first request that
 * arrives meanwhile (2026-11-22, reproduced with a ten-line worker). Slices inside requests behave
 * the same locally and on Cloudflare.
 */
export const START_BUDGET_MS = 2_000;
export const POLL_BUDGET_MS = 1_500;
export const SCHEDULED_BUDGET_MS = 25_000;

/** Works on the job inside this request for up to `budgetMs`; answers the job as it then stands. */
export async function advanceHere(
	c: Context<AppEnv>,
	jobId: string,
	budgetMs: number,
): Promise<JobRow | undefined> {
	await advanceJob(timedD1(c.env.DB, c.var.timer), jobId, { budgetMs });
	return findJob(c.var.db, c.var.auth.teamId, jobId);
}

/** A poll of a running job nobody is advancing works on it for a slice first. */
export async function nudge(c: Context<AppEnv>, job: JobRow): Promise<JobRow> {
	if (job.state !== "running") return job;
	if (job.leaseUntil !== null && job.leaseUntil >= new Date().toISOString()) return job;
	return (await advanceHere(c, job.id, POLL_BUDGET_MS)) ?? job;
}

/**
 * The cron trigger: advances idle jobs of all teams, one after another, then drops expired staged
 * imports and expired Idempotency-Keys, then starts the re-score of teams scored by an older model
 * (the next tick advances them), and applies the teams' pool rules (pool/sweep-pool.ts).
 */
export async function runScheduled(env: Bindings): Promise<void> {
	const db = createDb(env.DB);
	const started = Date.now();
	for (const { id } of await idleJobs(db, new Date(), 20)) {
		const left = SCHEDULED_BUDGET_MS - (Date.now() - started);
		if (left <= 0) break;
		await advanceJob(env.DB, id, { budgetMs: left });
	}
	await expireStagedImports(db, new Date());
	await rollBackAbandonedImports(env.DB, db, new Date());
	await expireIdempotencyKeys(db, new Date());
	await startModelUpgrades(db, env.DB, new Date());
	const swept = await sweepPool(db, new Date());
	if (swept.released > 0) {
		console.log(
			`pool sweep: released ${swept.released} customers of ${swept.teams} team(s) in ${swept.batches} batches`,
		);
	}
}

/** Awaited rather than left to waitUntil, so a trigger (and `/cdn-cgi/handler/scheduled` locally) ends when the work does. */
export const scheduled: ExportedHandlerScheduledHandler<Bindings> = async (_controller, env) => {
	await runScheduled(env);
};
