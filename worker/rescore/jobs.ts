import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { RescoreJob } from "../../shared/schema/scoring-answers";
import type { Db } from "../db/client";
import { base64url } from "../db/ids";
import { importCustomers, rescoreJobs } from "../db/schema";
import { fromQuery, type Statement } from "./statements";

export type JobRow = typeof rescoreJobs.$inferSelect;

/** What a client reads of a re-score job (shared/schema/scoring-answers.ts). */
export type JobView = RescoreJob;

export function jobView(row: JobRow): JobView {
	return {
		id: row.id,
		state: row.state,
		phase: row.phase,
		scope: row.scope,
		importId: row.importId,
		total: row.total,
		done: row.done,
		settingsVersion: row.settingsVersion,
		startedAt: row.startedAt,
		finishedAt: row.finishedAt,
		error: row.error,
	};
}

export function newJobId(): string {
	return `job_${base64url(crypto.getRandomValues(new Uint8Array(16)))}`;
}

export function latestJob(db: Db, teamId: string): Promise<JobRow | undefined> {
	return db
		.select()
		.from(rescoreJobs)
		.where(eq(rescoreJobs.teamId, teamId))
		.orderBy(desc(rescoreJobs.startedAt), desc(rescoreJobs.id))
		.limit(1)
		.get();
}

export function findJob(db: Db, teamId: string, id: string): Promise<JobRow | undefined> {
	return db
		.select()
		.from(rescoreJobs)
		.where(and(eq(rescoreJobs.teamId, teamId), eq(rescoreJobs.id, id)))
		.get();
}

export function runningJob(db: Db, teamId: string): Promise<JobRow | undefined> {
	return db
		.select()
		.from(rescoreJobs)
		.where(and(eq(rescoreJobs.teamId, teamId), eq(rescoreJobs.state, "running")))
		.get();
}

export interface NewJob {
	id: string;
	teamId: string;
	scope: "team" | "import";
	importId?: string;
	/** "baseline" when the settings rank customers against the team (percentile mode). */
	phase: "baseline" | "score";
	relabel: boolean;
	/** Customers in scope; null counts the team's live customers inside the batch. */
	total: number | null;
	at: string;
}

/**
 * Statements that start a job: any running job of the team is superseded first (the unique index
 * `rescore_jobs_one_running` allows one), then the job is inserted for the settings version stored
 * at that moment. Put them in the same batch as the change that needs the re-score.
 */
export function startJobStatements(db: Db, job: NewJob): Statement[] {
	const total =
		job.total ??
		sql<number>`(SELECT count(*) FROM customers WHERE team_id = ${job.teamId} AND deleted_at IS NULL)`;
	const version = sql<number>`(SELECT version FROM scoring_settings WHERE team_id = ${job.teamId})`;
	return [
		// A superseded import-scope job leaves no list of customers behind.
		fromQuery(
			db
				.delete(importCustomers)
				.where(
					sql`${importCustomers.importId} IN (SELECT import_id FROM rescore_jobs WHERE team_id = ${job.teamId} AND state = 'running' AND scope = 'import')`,
				),
		),
		fromQuery(
			db
				.update(rescoreJobs)
				.set({
					state: "superseded",
					finishedAt: job.at,
					leaseOwner: null,
					leaseUntil: null,
					updatedAt: job.at,
				})
				.where(and(eq(rescoreJobs.teamId, job.teamId), eq(rescoreJobs.state, "running"))),
		),
		fromQuery(
			db.insert(rescoreJobs).values({
				id: job.id,
				teamId: job.teamId,
				settingsVersion: version,
				state: "running",
				total,
				done: 0,
				cursor: null,
				scope: job.scope,
				importId: job.importId ?? null,
				phase: job.phase,
				relabel: job.relabel,
				startedAt: job.at,
				updatedAt: job.at,
			}),
		),
	];
}

/**
 * Takes the job's lease if it is running and nobody holds a live lease: the one who advances a job
 * at a time. Undefined when the job is finished or someone else is at it.
 */
export function acquireLease(
	db: Db,
	jobId: string,
	owner: string,
	now: Date,
	leaseMs: number,
): Promise<JobRow | undefined> {
	const at = now.toISOString();
	return db
		.update(rescoreJobs)
		.set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), updatedAt: at })
		.where(
			and(
				eq(rescoreJobs.id, jobId),
				eq(rescoreJobs.state, "running"),
				or(isNull(rescoreJobs.leaseUntil), lt(rescoreJobs.leaseUntil, at)),
			),
		)
		.returning()
		.get();
}

export async function releaseLease(db: Db, jobId: string, owner: string): Promise<void> {
	await db
		.update(rescoreJobs)
		.set({ leaseOwner: null, leaseUntil: null })
		.where(and(eq(rescoreJobs.id, jobId), eq(rescoreJobs.leaseOwner, owner)));
}

/** Running jobs whose lease is free or expired, oldest first (for the cron trigger). */
export function idleJobs(db: Db, now: Date, limit: number): Promise<Array<{ id: string }>> {
	const at = now.toISOString();
	return db
		.select({ id: rescoreJobs.id })
		.from(rescoreJobs)
		.where(
			and(
				eq(rescoreJobs.state, "running"),
				or(isNull(rescoreJobs.leaseUntil), lt(rescoreJobs.leaseUntil, at)),
			),
		)
		.orderBy(rescoreJobs.startedAt)
		.limit(limit);
}
