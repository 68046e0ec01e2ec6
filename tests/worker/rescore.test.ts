import {
	createExecutionContext,
	createScheduledController,
	env,
	waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";

const SLOW = { timeout: 60_000 };

import {
	computeBaseline,
	type ScoringSettingsInput,
	scoreCustomer,
	scoringSettingsSchema,
	type TeamBaseline,
} from "../../shared/scoring";
import worker from "../../worker/index";
import { customerRows, inputOf, seedCustomers, spreadOfCustomers, waitForJob } from "./rescore-seed";
import { createTeam, send } from "./support";

const put = (token: string, body: unknown) => send("/v1/team/scoring", { method: "PUT", token, body });

async function jobIdOf(res: Response): Promise<string> {
	expect(res.status).toBe(200);
	const body = (await res.json()) as { job: { id: string } | null };
	return body.job?.id ?? "";
}

/** Numbers rounded to 9 significant digits: sums taken in another order differ in the last bits. */
function rounded(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value), (_key, v) =>
		typeof v === "number" ? Number(v.toPrecision(9)) : v,
	);
}

async function storedBaseline(teamId: string): Promise<TeamBaseline | null> {
	const row = await env.DB.prepare("SELECT baseline FROM scoring_settings WHERE team_id = ?")
		.bind(teamId)
		.first<{ baseline: string | null }>();
	return row?.baseline ? (JSON.parse(row.baseline) as TeamBaseline) : null;
}

async function jobRows(teamId: string) {
	const { results } = await env.DB.prepare(
		"SELECT id, state, settings_version AS settingsVersion FROM rescore_jobs WHERE team_id = ? ORDER BY created_at, id",
	)
		.bind(teamId)
		.all<{ id: string; state: string; settingsVersion: number }>();
	return results;
}

/** Stores settings and a running job directly, as a runner that died mid-job would have left them. */
async function strandedJob(
	teamId: string,
	settings: ScoringSettingsInput,
	job: { cursor: string | null; done: number; leaseUntil: string },
) {
	const id = `job_stranded_${crypto.randomUUID().slice(0, 8)}`;
	const total = await env.DB.prepare("SELECT count(*) AS n FROM customers WHERE team_id = ?")
		.bind(teamId)
		.first<{ n: number }>();
	await env.DB.batch([
		env.DB.prepare("UPDATE scoring_settings SET version = 2, settings = ? WHERE team_id = ?").bind(
			JSON.stringify(scoringSettingsSchema.parse(settings)),
			teamId,
		),
		env.DB.prepare(
			"INSERT INTO rescore_jobs (id, team_id, settings_version, state, total, done, cursor, phase, lease_owner, lease_until) VALUES (?, ?, 2, 'running', ?, ?, ?, 'score', 'crashed-runner', ?)",
		).bind(id, teamId, total?.n ?? 0, job.done, job.cursor, job.leaseUntil),
	]);
	return id;
}

const absolute: ScoringSettingsInput = {
	current: { mode: "absolute", revenueUsd: 50_000, ordersPerYear: 6 },
	tiers: { mode: "absolute", current: 40, potential: 50 },
};

describe("re-score jobs", () => {
	it(
		"in percentile mode computes the team baseline first, then ranks every customer against it",
		SLOW,
		async () => {
			const team = await createTeam();
			const seeded = await seedCustomers(team.team.id, spreadOfCustomers(700));
			const settingsInput = { tiers: { platinumPercent: 10, goldPercent: 20 } };
			const job = await waitForJob(team.token, await jobIdOf(await put(team.token, settingsInput)));
			expect(job).toMatchObject({ state: "done", phase: "score", total: 700, done: 700 });

			const settings = scoringSettingsSchema.parse(settingsInput);
			const now = new Date(job.startedAt);
			const baseline = await storedBaseline(team.team.id);
			expect(baseline).toMatchObject({ settingsVersion: 2, customers: 700 });
			// From aggregated SQL, the same baseline as from every order of every customer.
			const full = computeBaseline(seeded.map(inputOf), settings, now);
			expect(rounded({ ...baseline, settingsVersion: undefined })).toEqual(rounded(full));

			const rows = new Map((await customerRows(team.team.id)).map((r) => [r.id, r]));
			const counts: Record<string, number> = { platinum: 0, gold: 0, iron: 0, lead: 0 };
			for (const customer of seeded) {
				const expected = scoreCustomer(inputOf(customer), settings, now, baseline, 2);
				expect([customer.id, rows.get(customer.id)?.tier]).toEqual([customer.id, expected.tier]);
				counts[expected.tier] = (counts[expected.tier] ?? 0) + 1;
			}
			expect(Math.abs((counts.platinum ?? 0) - 70)).toBeLessThanOrEqual(1);
			expect(Math.abs((counts.platinum ?? 0) + (counts.gold ?? 0) - 210)).toBeLessThanOrEqual(1);
		},
	);

	it("lets a newer settings version supersede a running job: one running job per team", SLOW, async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(1_200));
		// A job still running (its runner busy with a live lease) when the settings change again.
		const first = await strandedJob(team.team.id, absolute, {
			cursor: null,
			done: 0,
			leaseUntil: new Date(Date.now() + 60_000).toISOString(),
		});
		const second = await jobIdOf(await put(team.token, { ...absolute, labelScheme: "letter" }));
		const done = await waitForJob(team.token, second);
		expect(done).toMatchObject({ state: "done", total: 1_200, done: 1_200, settingsVersion: 3 });
		expect(await jobRows(team.team.id)).toEqual([
			{ id: first, state: "superseded", settingsVersion: 2 },
			{ id: second, state: "done", settingsVersion: 3 },
		]);
		expect((await customerRows(team.team.id)).every((r) => r.settingsVersion === 3)).toBe(true);
		// The database itself refuses a second running job.
		await expect(
			env.DB.batch([
				env.DB.prepare(
					"INSERT INTO rescore_jobs (id, team_id, settings_version, state) VALUES ('job_a', ?, 3, 'running'), ('job_b', ?, 3, 'running')",
				).bind(team.team.id, team.team.id),
			]),
		).rejects.toThrow(/UNIQUE/);
	});

	it("resumes a job whose runner died from its cursor, once the lease has expired", SLOW, async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(1_200));
		const ids = (await customerRows(team.team.id)).map((r) => r.id);
		const cursor = ids[499] ?? "";
		const jobId = await strandedJob(team.team.id, absolute, {
			cursor,
			done: 500,
			leaseUntil: new Date(Date.now() - 1_000).toISOString(),
		});
		const job = await waitForJob(team.token, jobId);
		expect(job).toMatchObject({ state: "done", total: 1_200, done: 1_200 });
		for (const row of await customerRows(team.team.id)) {
			// Customers up to the cursor were the dead runner's; the rest were scored after the resume.
			expect([row.id, row.settingsVersion]).toEqual([row.id, row.id <= cursor ? 0 : 2]);
		}
	});

	it("leaves a job alone while another runner holds a live lease", SLOW, async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(30));
		const jobId = await strandedJob(team.team.id, absolute, {
			cursor: null,
			done: 0,
			leaseUntil: new Date(Date.now() + 60_000).toISOString(),
		});
		for (let i = 0; i < 5; i++) {
			const res = await send(`/v1/team/scoring/jobs/${jobId}`, { token: team.token });
			expect(await res.json()).toMatchObject({ state: "running", done: 0 });
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect((await customerRows(team.team.id)).every((r) => r.settingsVersion === 0)).toBe(true);
	});

	it("is advanced by the cron trigger when nobody is watching", SLOW, async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(600));
		const jobId = await strandedJob(team.team.id, absolute, {
			cursor: null,
			done: 0,
			leaseUntil: new Date(Date.now() - 1_000).toISOString(),
		});
		const ctx = createExecutionContext();
		await worker.scheduled(createScheduledController({ cron: "* * * * *" }), env, ctx);
		await waitOnExecutionContext(ctx);
		const row = await env.DB.prepare(
			"SELECT state, done, total, lease_owner AS leaseOwner FROM rescore_jobs WHERE id = ?",
		)
			.bind(jobId)
			.first();
		expect(row).toEqual({ state: "done", done: 600, total: 600, leaseOwner: null });
		expect((await customerRows(team.team.id)).every((r) => r.settingsVersion === 2)).toBe(true);
	});

	it("moves changed customers up the sync order, without touching their version", SLOW, async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(50));
		const before = new Map((await customerRows(team.team.id)).map((r) => [r.id, r]));
		await waitForJob(team.token, await jobIdOf(await put(team.token, absolute)));
		const after = await customerRows(team.team.id);
		const counter = await env.DB.prepare("SELECT sync_counter AS n FROM teams WHERE id = ?")
			.bind(team.team.id)
			.first<{ n: number }>();
		for (const row of after) {
			const old = before.get(row.id);
			const changed =
				row.tier !== old?.tier || row.current !== old?.current || row.potential !== old?.potential;
			expect([row.id, row.syncSeq > (old?.syncSeq ?? 0)]).toEqual([row.id, changed]);
			expect(row.syncSeq).toBeLessThanOrEqual(counter?.n ?? 0);
			expect(row.version).toBe(old?.version);
		}
	});
});
