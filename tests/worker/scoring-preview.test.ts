import { describe, expect, it } from "vitest";
import type { ScoringSettingsInput } from "../../shared/scoring";
import type { TierSummary } from "../../shared/scoring/tier-summary";
import { customerRows, seedCustomers, spreadOfCustomers, waitForJob } from "./rescore-seed";
import { addMember, createTeam, expectProblem, send, tableCounts } from "./support";

const preview = (token: string, body: unknown) =>
	send("/v1/team/scoring/preview", { method: "POST", token, body });
const put = (token: string, body: unknown) => send("/v1/team/scoring", { method: "PUT", token, body });
const summary = async (token: string) =>
	(await (await send("/v1/team/scoring/summary", { token })).json()) as TierSummary;
const settingsVersion = async (token: string) =>
	((await (await send("/v1/team/scoring", { token })).json()) as { version: number }).version;

const absolute: ScoringSettingsInput = {
	current: { mode: "absolute", revenueUsd: 50_000, ordersPerYear: 6 },
	tiers: { mode: "absolute", current: 40, potential: 50 },
};
const percentile: ScoringSettingsInput = {
	labelScheme: "letter",
	tiers: { platinumPercent: 10, goldPercent: 20 },
	potential: { weights: { market: 40 }, marketWeights: { US: 100, DE: 20 } },
};

/** Previews `settings`, then saves them and lets the re-score finish: the two answers to compare. */
async function previewThenSave(token: string, settings: ScoringSettingsInput) {
	const res = await preview(token, { settings });
	expect(res.status).toBe(200);
	const previewed = (await res.json()) as TierSummary;
	const saved = (await (await put(token, settings)).json()) as { job: { id: string } | null };
	expect((await waitForJob(token, saved.job?.id ?? "")).state).toBe("done");
	return { previewed, stored: await summary(token) };
}

describe("POST /v1/team/scoring/preview", () => {
	it("answers the shares a re-score with the same settings then stores, and writes nothing", {
		timeout: 120_000,
	}, async () => {
		const team = await createTeam();
		const other = await createTeam();
		// More than one page of the keyset passes (1,000), and another team's big buyers beside them.
		await seedCustomers(team.team.id, spreadOfCustomers(1_050));
		await seedCustomers(
			other.team.id,
			spreadOfCustomers(60).map((c) => ({
				...c,
				orders: c.orders.map((o) => ({ ...o, amount: o.amount * 100 })),
			})),
		);
		const rowsBefore = await customerRows(team.team.id);
		const countsBefore = await tableCounts();

		const res = await preview(team.token, { settings: absolute });
		expect(res.status).toBe(200);
		const first = (await res.json()) as TierSummary;
		expect(first.customers).toBe(1_050);
		expect(first.asOf).toBe(new Date().toISOString().slice(0, 10));
		expect(first.tiers.filter((t) => t.customers > 0).length).toBeGreaterThan(2);
		expect(await tableCounts()).toEqual(countsBefore);
		expect(await customerRows(team.team.id)).toEqual(rowsBefore);
		expect(await settingsVersion(team.token)).toBe(1);

		for (const settings of [absolute, percentile]) {
			const { previewed, stored } = await previewThenSave(team.token, settings);
			expect(stored.asOf).toBeNull();
			expect(stored.customers).toBe(1_050);
			expect({ ...previewed, asOf: null }).toEqual(stored);
		}
		expect(first.tiers).toEqual((await previewThenSave(team.token, absolute)).previewed.tiers);
		// The letter scheme labels the previewed tiers S/A/B/C.
		const letters = (await (await preview(team.token, { settings: percentile })).json()) as TierSummary;
		expect(letters.tiers.map((t) => t.label)).toEqual(["S", "A", "B", "C"]);
		const theirs = (await (await preview(other.token, { settings: absolute })).json()) as TierSummary;
		expect(theirs.customers).toBe(60);
	});

	it("refuses bad settings with the failing field paths and changes nothing", async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(5));
		const before = await tableCounts();
		const cases: Array<[unknown, string]> = [
			[{ settings: { tiers: { platinumPercent: 60 } } }, "settings.tiers.platinumPercent"],
			[{ settings: { tiers: { platinumPercent: 40, goldPercent: 70 } } }, "settings.tiers.goldPercent"],
			[{ settings: { current: { weights: { recency: -1 } } } }, "settings.current.weights.recency"],
			[
				{ settings: { potential: { marketWeights: { germany: 80 } } } },
				"settings.potential.marketWeights.germany",
			],
			[{ settings: { fx: { EUR: [{ since: "2024-01-01", perUsd: 0 }] } } }, "settings.fx.EUR.0.perUsd"],
			[{ settings: { surprise: true } }, "settings.surprise"],
			[{ settings: {}, dryRun: true }, "dryRun"],
			[{}, "settings"],
		];
		for (const [body, path] of cases) {
			const problem = await expectProblem(await preview(team.token, body), 422);
			expect(problem.errors?.map((e) => e.path)).toContain(path);
		}
		expect(await tableCounts()).toEqual(before);
	});

	it("is for admins and managers; a salesperson is refused", async () => {
		const team = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(10));
		const sales = await addMember(team.token, "sales");
		const manager = await addMember(team.token, "manager");
		await expectProblem(await preview(sales.token, { settings: absolute }), 403);
		const res = await preview(manager.token, { settings: absolute });
		expect(res.status).toBe(200);
		expect(((await res.json()) as TierSummary).customers).toBe(10);
		await expectProblem(await preview("tl_not_a_token", { settings: absolute }), 401);
	});
});
