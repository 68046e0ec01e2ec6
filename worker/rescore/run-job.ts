import { eq, sql } from "drizzle-orm";
import type { ScoringSettings } from "../../shared/scoring";
import { loadTeamScoring, type TeamScoring } from "../customers/team-scoring";
import { createDb, type Db } from "../db/client";
import { guard, guardReason } from "../db/guards";
import { base64url } from "../db/ids";
import { importCustomers, rescoreJobs, scoringSettings } from "../db/schema";
import { bumpSyncCounter } from "../db/sync-seq";
import { letOthersRun } from "../http/let-others-run";
import { computeTeamBaseline } from "./baseline-pass";
import { acquireLease, type JobRow, releaseLease } from "./jobs";
import { customerPage, histories } from "./load-page";
import { scorePage } from "./score-page";
import { fromQuery, runStatements, type Statement } from "./statements";

export interface RunOptions {
	/** Stop starting new steps after this long (the caller's time limit, less a margin). */
	budgetMs: number;
	/** Customers scored and written per step (one D1 batch). */
	chunkSize?: number;
	/** How long the lease lasts without a step finishing; a crashed runner's job is free after it. */
	leaseMs?: number;
}

export const DEFAULT_CHUNK = 250;
export const LEASE_MS = 60_000;
/** Consecutive failed steps before the job is marked failed. */
const MAX_FAILURES = 5;

/** Whether the settings rank customers against the team, which needs a baseline first. */
export function needsBaseline(settings: ScoringSettings): boolean {
	return settings.current.mode === "percentile" || settings.tiers.mode === "percentile";
}

/**
 * Advances a re-score job while time allows: takes its lease (or returns at once if someone else
 * holds it or it is finished), then runs steps — the baseline pass, then one chunk of customers per
 * step — each committed in one D1 batch together with the job's new cursor, so a crash loses at most
 * the step in progress and whoever takes the lease next resumes from the cursor.
 */
export async function advanceJob(d1: D1Database, jobId: string, options: RunOptions): Promise<void> {
	const db = createDb(d1);
	const owner = base64url(crypto.getRandomValues(new Uint8Array(9)));
	const leaseMs = options.leaseMs ?? LEASE_MS;
	const started = Date.now();
	let job = await acquireLease(db, jobId, owner, new Date(), leaseMs);
	if (!job) return;
	try {
		while (job?.state === "running") {
			const team = await loadTeamScoring(db, job.teamId);
			const step: Step = { db, d1, job, owner, team, leaseMs };
			job =
				job.phase === "baseline"
					? await baselineStep(step)
					: await scoreStep(step, options.chunkSize ?? DEFAULT_CHUNK);
			if (Date.now() - started >= options.budgetMs) break;
			await letOthersRun();
		}
	} catch (error) {
		// Superseded, or the lease expired and another runner took over: theirs to finish.
		if (guardReason(error) !== "lease_lost") await recordFailure(db, jobId, owner, error);
	} finally {
		await releaseLease(db, jobId, owner);
	}
}

interface Step {
	db: Db;
	d1: D1Database;
	job: JobRow;
	owner: string;
	team: TeamScoring;
	leaseMs: number;
}

/** The job still runs, this runner holds its lease, and nobody moved its cursor: else the batch aborts. */
function stillOurs(step: Step): Statement {
	const { db, job, owner } = step;
	return fromQuery(
		guard(
			db,
			job.teamId,
			"lease_lost",
			sql`EXISTS (SELECT 1 FROM rescore_jobs WHERE id = ${job.id} AND state = 'running' AND lease_owner = ${owner} AND cursor IS ${job.cursor} AND phase = ${job.phase})`,
		),
	);
}

function progress(step: Step, set: Partial<JobRow>): Statement {
	const at = new Date();
	return fromQuery(
		step.db
			.update(rescoreJobs)
			.set({
				...set,
				failures: 0,
				leaseUntil: new Date(at.getTime() + step.leaseMs).toISOString(),
				updatedAt: at.toISOString(),
			})
			.where(eq(rescoreJobs.id, step.job.id)),
	);
}

async function baselineStep(step: Step): Promise<JobRow> {
	const { db, job, team } = step;
	const baseline = await computeTeamBaseline(
		db,
		job.teamId,
		team,
		new Date(job.startedAt),
		job.settingsVersion,
	);
	const next = { phase: "score" as const, cursor: null, total: baseline.customers };
	await runStatements(step.d1, [
		stillOurs(step),
		fromQuery(
			db
				.update(scoringSettings)
				.set({ baseline: JSON.stringify(baseline) })
				.where(
					sql`${scoringSettings.teamId} = ${job.teamId} AND ${scoringSettings.version} = ${job.settingsVersion}`,
				),
		),
		progress(step, next),
	]);
	return { ...job, ...next };
}

async function scoreStep(step: Step, chunkSize: number): Promise<JobRow> {
	const { db, job, team } = step;
	const scope = { teamId: job.teamId, scope: job.scope, importId: job.importId };
	const page = await customerPage(db, scope, job.cursor, chunkSize);
	if (page.cursor === null) return finish(step);
	const now = new Date(job.startedAt);
	const historyOf = await histories(
		db,
		job.teamId,
		page.rows.map((r) => r.id),
		now,
		team.settings.engagementWindowDays,
	);
	const scored = scorePage(job.teamId, page.rows, historyOf, team, now, job.relabel);
	const next = { cursor: page.cursor, done: job.done + page.covered };
	await runStatements(step.d1, [
		stillOurs(step),
		...(scored.changed > 0 ? [fromQuery(bumpSyncCounter(db, job.teamId))] : []),
		...scored.statements,
		progress(step, next),
	]);
	return { ...job, ...next };
}

async function finish(step: Step): Promise<JobRow> {
	const { db, job } = step;
	const at = new Date().toISOString();
	const next = { state: "done" as const, finishedAt: at, total: job.done };
	await runStatements(step.d1, [
		stillOurs(step),
		fromQuery(
			db
				.update(rescoreJobs)
				.set({ ...next, updatedAt: at })
				.where(eq(rescoreJobs.id, job.id)),
		),
		...(job.importId === null
			? []
			: [fromQuery(db.delete(importCustomers).where(eq(importCustomers.importId, job.importId)))]),
	]);
	return { ...job, ...next };
}

async function recordFailure(db: Db, jobId: string, owner: string, error: unknown): Promise<void> {
	const message = error instanceof Error ? error.message : String(error);
	console.error(`re-score job ${jobId} step failed`, error);
	const at = new Date().toISOString();
	await db
		.update(rescoreJobs)
		.set({
			failures: sql`${rescoreJobs.failures} + 1`,
			error: message.slice(0, 500),
			updatedAt: at,
			state: sql`CASE WHEN ${rescoreJobs.failures} + 1 >= ${MAX_FAILURES} THEN 'failed' ELSE state END`,
			finishedAt: sql`CASE WHEN ${rescoreJobs.failures} + 1 >= ${MAX_FAILURES} THEN ${at} ELSE finished_at END`,
		})
		.where(
			sql`${rescoreJobs.id} = ${jobId} AND ${rescoreJobs.leaseOwner} = ${owner} AND ${rescoreJobs.state} = 'running'`,
		)
		.catch(() => undefined);
}
