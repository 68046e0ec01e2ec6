import {
	createExecutionContext,
	createScheduledController,
	env,
	waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MODEL_VERSION } from "../../shared/scoring";
import worker from "../../worker/index";
import { customerRows, seedCustomers, spreadOfCustomers } from "./rescore-seed";
import { createTeam } from "./support";

async function runCron(): Promise<void> {
	const ctx = createExecutionContext();
	await worker.scheduled(createScheduledController({ cron: "* * * * *" }), env, ctx);
	await waitOnExecutionContext(ctx);
}

async function jobsOf(teamId: string) {
	const { results } = await env.DB.prepare(
		"SELECT state, scope, done FROM rescore_jobs WHERE team_id = ? ORDER BY created_at",
	)
		.bind(teamId)
		.all<{ state: string; scope: string; done: number }>();
	return results;
}

async function modelColumns(teamId: string) {
	const versions = await env.DB.prepare(
		"SELECT DISTINCT model_version AS v FROM customers WHERE team_id = ? ORDER BY v",
	)
		.bind(teamId)
		.all<{ v: number }>();
	const settings = await env.DB.prepare(
		"SELECT model_version AS modelVersion, version, settings, baseline FROM scoring_settings WHERE team_id = ?",
	)
		.bind(teamId)
		.first<{ modelVersion: number; version: number; settings: string; baseline: string | null }>();
	return { customers: versions.results.map((r) => r.v), settings };
}

describe("a new MODEL_VERSION", () => {
	it("re-scores each team scored by an older model once, from the cron trigger", {
		timeout: 60_000,
	}, async () => {
		const { team } = await createTeam();
		await seedCustomers(team.id, spreadOfCustomers(40));
		expect((await modelColumns(team.id)).customers).toEqual([0]);

		await runCron(); // starts the team's re-score (and records the version)
		expect(await jobsOf(team.id)).toEqual([expect.objectContaining({ scope: "team" })]);
		await runCron(); // advances it like any idle job
		expect(await jobsOf(team.id)).toEqual([{ state: "done", scope: "team", done: 40 }]);
		const after = await modelColumns(team.id);
		expect(after.customers).toEqual([MODEL_VERSION]);
		// The settings and their version are untouched; the baseline is the new model's.
		expect(after.settings).toMatchObject({ modelVersion: MODEL_VERSION, version: 1 });
		expect(JSON.parse(after.settings?.baseline ?? "null")).toMatchObject({ modelVersion: MODEL_VERSION });
		expect((await customerRows(team.id)).every((r) => r.settingsVersion === 1)).toBe(true);

		await runCron();
		expect(await jobsOf(team.id)).toHaveLength(1);
	});
});
