import {
	createExecutionContext,
	createScheduledController,
	env,
	waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { defaultScoringSettings, MODEL_VERSION } from "../../shared/scoring";
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

	it("moves a team still on the earlier default weights to the calibrated ones, and no other", {
		timeout: 60_000,
	}, async () => {
		const stale = await createTeam();
		const custom = await createTeam();
		const setWeights = (teamId: string, weights: object) =>
			env.DB.prepare(
				"UPDATE scoring_settings SET settings = json_set(settings, '$.current.weights', json(?)), model_version = 3 WHERE team_id = ?",
			)
				.bind(JSON.stringify(weights), teamId)
				.run();
		await setWeights(stale.team.id, { recency: 30, frequency: 30, revenue: 40 });
		await setWeights(custom.team.id, { recency: 50, frequency: 25, revenue: 25 });
		await runCron();
		await runCron();
		const settingsOf = async (teamId: string) =>
			env.DB.prepare(
				"SELECT version, settings, model_version AS modelVersion FROM scoring_settings WHERE team_id = ?",
			)
				.bind(teamId)
				.first<{ version: number; settings: string; modelVersion: number }>();
		const upgraded = await settingsOf(stale.team.id);
		expect(upgraded).toMatchObject({ version: 2, modelVersion: MODEL_VERSION });
		expect(JSON.parse(upgraded?.settings ?? "{}").current.weights).toEqual(
			defaultScoringSettings.current.weights,
		);
		const kept = await settingsOf(custom.team.id);
		expect(kept).toMatchObject({ version: 1, modelVersion: MODEL_VERSION });
		expect(JSON.parse(kept?.settings ?? "{}").current.weights).toEqual({
			recency: 50,
			frequency: 25,
			revenue: 25,
		});
		const audit = await env.DB.prepare(
			"SELECT action FROM audit_log WHERE team_id = ? AND action LIKE 'scoring.%'",
		)
			.bind(stale.team.id)
			.all<{ action: string }>();
		expect(audit.results).toEqual([{ action: "scoring.model_upgrade" }]);
		expect(await jobsOf(stale.team.id)).toEqual([{ state: "done", scope: "team", done: 0 }]);
	});
});
