import { describe, expect, it } from "vitest";
import {
	defaultScoringSettings,
	type ScoringSettingsInput,
	scoreCustomer,
	scoringSettingsSchema,
} from "../../shared/scoring";
import { customerRows, inputOf, seedCustomers, spreadOfCustomers, waitForJob } from "./rescore-seed";
import { addMember, createTeam, expectProblem, send, tableCounts } from "./support";

interface SettingsAnswer {
	settings: typeof defaultScoringSettings;
	version: number;
	labels: { en: Record<string, string>; zh_CN: Record<string, string> };
	job: { id: string; state: string; total: number; done: number; settingsVersion: number } | null;
}

const put = (token: string, body: unknown) => send("/v1/team/scoring", { method: "PUT", token, body });

const absolute: ScoringSettingsInput = {
	current: { mode: "absolute", revenueUsd: 50_000, ordersPerYear: 6 },
	tiers: { mode: "absolute", current: 40, potential: 50 },
};

describe("GET /v1/team/scoring", () => {
	it("answers the team's settings, version and labels, and no job before the first change", async () => {
		const team = await createTeam();
		const sales = await addMember(team.token, "sales");
		const res = await send("/v1/team/scoring", { token: sales.token });
		expect(res.status).toBe(200);
		const body = (await res.json()) as SettingsAnswer;
		expect(body).toMatchObject({ version: 1, job: null, settings: defaultScoringSettings });
		expect(body.labels.en).toEqual({ platinum: "Platinum", gold: "Gold", iron: "Iron", lead: "Lead" });
		expect(body.labels.zh_CN.platinum).toBe("白金客户");
	});
});

describe("PUT /v1/team/scoring", () => {
	it("refuses bad settings with the failing field paths and changes nothing", async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(5));
		const before = await tableCounts();
		const cases: Array<[unknown, string]> = [
			[{ tiers: { platinumPercent: 60 } }, "tiers.platinumPercent"],
			[{ tiers: { platinumPercent: 40, goldPercent: 70 } }, "tiers.goldPercent"],
			[{ labelScheme: "colours" }, "labelScheme"],
			[{ current: { weights: { recency: -1 } } }, "current.weights.recency"],
			[{ current: { weights: { recency: 0, frequency: 0, revenue: 0 } } }, "current.weights"],
			[{ potential: { marketWeights: { germany: 80 } } }, "potential.marketWeights.germany"],
			[{ fx: { EUR: [{ since: "2024-13-01", perUsd: 0.9 }] } }, "fx.EUR.0.since"],
			[{ engagementWindowDays: "90" }, "engagementWindowDays"],
			[{ surprise: true }, "surprise"],
		];
		for (const [body, path] of cases) {
			const problem = await expectProblem(await put(team.token, body), 422);
			expect(problem.errors?.map((e) => e.path)).toContain(path);
		}
		await expectProblem(
			await send("/v1/team/scoring", {
				method: "PUT",
				token: team.token,
				raw: "{}",
				headers: { "Content-Type": "text/plain" },
			}),
			415,
		);
		expect(await tableCounts()).toEqual(before);
		const after = (await (await send("/v1/team/scoring", { token: team.token })).json()) as SettingsAnswer;
		expect(after).toMatchObject({ version: 1, job: null });
	});

	it("is for admins and managers only", async () => {
		const team = await createTeam();
		const sales = await addMember(team.token, "sales");
		const manager = await addMember(team.token, "manager");
		const before = await tableCounts();
		await expectProblem(await put(sales.token, absolute), 403);
		expect(await tableCounts()).toEqual(before);
		const res = await put(manager.token, absolute);
		expect(res.status).toBe(200);
		const body = (await res.json()) as SettingsAnswer;
		expect(body.version).toBe(2);
		expect(body.settings).toEqual(scoringSettingsSchema.parse(absolute));
		await waitForJob(manager.token, body.job?.id ?? "");
	});

	it("re-scores every customer with the new thresholds, and the progress reaches the total", {
		timeout: 60_000,
	}, async () => {
		const team = await createTeam();
		const seeded = await seedCustomers(team.team.id, spreadOfCustomers(1_100));
		const res = await put(team.token, absolute);
		const body = (await res.json()) as SettingsAnswer;
		expect(body.job).toMatchObject({ total: 1_100, settingsVersion: 2 });
		const job = await waitForJob(team.token, body.job?.id ?? "");
		expect(job).toMatchObject({ state: "done", phase: "score", total: 1_100, done: 1_100, error: null });

		const settings = scoringSettingsSchema.parse(absolute);
		const now = new Date(job.startedAt);
		const rows = new Map((await customerRows(team.team.id)).map((r) => [r.id, r]));
		const tiers = new Set<string>();
		for (const customer of seeded) {
			const expected = scoreCustomer(inputOf(customer), settings, now, null, 2);
			const row = rows.get(customer.id);
			expect({ id: customer.id, tier: row?.tier, current: row?.current, v: row?.settingsVersion }).toEqual({
				id: customer.id,
				tier: expected.tier,
				current: expected.current,
				v: 2,
			});
			tiers.add(expected.tier);
		}
		expect(tiers.size).toBeGreaterThan(2);

		// Stricter thresholds move customers down: nobody is Platinum or Gold any more.
		const stricter = await put(team.token, {
			...absolute,
			tiers: { mode: "absolute", current: 101, potential: 50 },
		});
		expect(stricter.status).toBe(422);
		const strict = await put(team.token, {
			...absolute,
			tiers: { mode: "absolute", current: 100, potential: 100 },
		});
		const strictJob = await waitForJob(team.token, ((await strict.json()) as SettingsAnswer).job?.id ?? "");
		expect(strictJob).toMatchObject({ state: "done", done: 1_100, settingsVersion: 3 });
		const after = await customerRows(team.team.id);
		expect(after.filter((r) => r.tier === "platinum" || r.tier === "gold").length).toBeLessThan(
			seeded.length / 50,
		);
		expect(after.every((r) => r.settingsVersion === 3)).toBe(true);
	});

	it("gives every customer a new sync position when the label scheme changes", async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(40));
		const first = (await (await put(team.token, absolute)).json()) as SettingsAnswer;
		await waitForJob(team.token, first.job?.id ?? "");
		const before = new Map((await customerRows(team.team.id)).map((r) => [r.id, r]));

		const res = await put(team.token, { ...absolute, labelScheme: "letter" });
		const body = (await res.json()) as SettingsAnswer;
		expect(body.labels.en).toEqual({ platinum: "S", gold: "A", iron: "B", lead: "C" });
		await waitForJob(team.token, body.job?.id ?? "");
		for (const row of await customerRows(team.team.id)) {
			const old = before.get(row.id);
			expect(row.tier).toBe(old?.tier); // same thresholds: same tiers
			expect(row.syncSeq).toBeGreaterThan(old?.syncSeq ?? Number.POSITIVE_INFINITY);
			expect(row.version).toBe(old?.version); // scores are derived data: edits in flight stay valid
		}
	});

	it("answers the same settings again without a new version or job", async () => {
		const team = await createTeam();
		const first = (await (await put(team.token, absolute)).json()) as SettingsAnswer;
		await waitForJob(team.token, first.job?.id ?? "");
		const before = await tableCounts();
		const again = (await (await put(team.token, absolute)).json()) as SettingsAnswer;
		expect(again.version).toBe(2);
		expect(again.job?.id).toBe(first.job?.id);
		expect(await tableCounts()).toEqual(before);
	});

	it("keeps each team's settings, jobs and customers to itself", async () => {
		const a = await createTeam();
		const b = await createTeam();
		await seedCustomers(a.team.id, spreadOfCustomers(20));
		await seedCustomers(b.team.id, spreadOfCustomers(20));
		const before = await customerRows(a.team.id);
		const res = (await (await put(b.token, { ...absolute, labelScheme: "letter" })).json()) as SettingsAnswer;
		await waitForJob(b.token, res.job?.id ?? "");
		await expectProblem(await send(`/v1/team/scoring/jobs/${res.job?.id}`, { token: a.token }), 404);
		expect(await customerRows(a.team.id)).toEqual(before);
		const mine = (await (await send("/v1/team/scoring", { token: a.token })).json()) as SettingsAnswer;
		expect(mine).toMatchObject({ version: 1, job: null });
		expect(mine.labels.en.platinum).toBe("Platinum");
	});
});
