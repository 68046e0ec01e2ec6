import type { Context } from "hono";
import { createDb } from "../db/client";
import type { AppEnv, Bindings } from "../env";
import { expireStagedImports } from "../imports/staging";
import { idleJobs, type JobRow } from "./jobs";
import { advanceJob } from "./run-job";

/**
 * How jobs advance in a real Worker (no queue, no Durable Object needed):
 * - the request that starts a job keeps working on it after answering (`waitUntil`, which Cloudflare
 *   allows about 30 s after the response; the budget leaves a margin);
 * - every progress poll (GET /v1/team/scoring, …/jobs/:id) of a running job whose lease is free
 *   starts another background run, so a client that watches a job also drives it;
 * - the cron trigger (wrangler.toml, every minute) picks up jobs nobody is watching.
 * Leases keep it to one runner per job; each step commits with the job's cursor, so a runner that
 * dies mid-step costs one step and the next runner resumes after the lease expires.
 */
export const BACKGROUND_BUDGET_MS = 20_000;
export const SCHEDULED_BUDGET_MS = 25_000;

export function continueInBackground(c: Context<AppEnv>, jobId: string): void {
	const work = advanceJob(c.env.DB, jobId, { budgetMs: BACKGROUND_BUDGET_MS }).catch((error) =>
		console.error(`re-score job ${jobId} could not advance`, error),
	);
	executionContext(c)?.waitUntil(work);
}

/** A poll of a running job nobody is advancing gives it a runner. */
export function nudge(c: Context<AppEnv>, job: JobRow | undefined): void {
	if (job?.state !== "running") return;
	if (job.leaseUntil !== null && job.leaseUntil >= new Date().toISOString()) return;
	continueInBackground(c, job.id);
}

function executionContext(c: Context<AppEnv>): Pick<ExecutionContext, "waitUntil"> | undefined {
	try {
		return c.executionCtx;
	} catch {
		return undefined; // app.request() without an execution context (unit tests)
	}
}

/** The cron trigger: advances idle jobs of all teams, one after another, and drops expired staged imports. */
export async function runScheduled(env: Bindings): Promise<void> {
	const db = createDb(env.DB);
	const started = Date.now();
	for (const { id } of await idleJobs(db, new Date(), 20)) {
		const left = SCHEDULED_BUDGET_MS - (Date.now() - started);
		if (left <= 0) break;
		await advanceJob(env.DB, id, { budgetMs: left });
	}
	await expireStagedImports(db, new Date());
}

export const scheduled: ExportedHandlerScheduledHandler<Bindings> = (_controller, env, ctx) => {
	ctx.waitUntil(runScheduled(env));
};
