import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buyingTeam, NOW } from "../../tests/shared/scoring-arbitraries";
import type { Tier } from "../schema/common";
import { scoreTeam } from "./score-team";
import { defaultScoringSettings as settings } from "./settings";
import { tierLabel } from "./tiers";

describe("tierLabel", () => {
	it("names tiers in both schemes and both locales", () => {
		const tiers: Tier[] = ["platinum", "gold", "iron", "lead"];
		expect(tiers.map((t) => tierLabel(t, "metal", "en"))).toEqual(["Platinum", "Gold", "Iron", "Lead"]);
		expect(tiers.map((t) => tierLabel(t, "metal", "zh_CN"))).toEqual([
			"白金客户",
			"黄金客户",
			"铁质客户",
			"铅质客户",
		]);
		expect(tiers.map((t) => tierLabel(t, "letter", "en"))).toEqual(["S", "A", "B", "C"]);
		expect(tiers.map((t) => tierLabel(t, "letter", "zh_CN"))).toEqual(["S", "A", "B", "C"]);
	});
});

function shares(tiers: Tier[]) {
	const count = (t: Tier) => tiers.filter((x) => x === t).length;
	return { platinum: count("platinum"), gold: count("gold"), iron: count("iron"), lead: count("lead") };
}

describe("percentile tiers", () => {
	it("hit 5% Platinum and 15% Gold within one customer, for any team size (property)", () => {
		fc.assert(
			fc.property(fc.integer({ min: 20, max: 2000 }), fc.integer(), (size, seed) => {
				const { scores } = scoreTeam(buyingTeam(size, seed), settings, NOW);
				const got = shares(scores.map((s) => s.tier));
				expect(Math.abs(got.platinum - size * 0.05)).toBeLessThanOrEqual(1);
				expect(Math.abs(got.gold - size * 0.15)).toBeLessThanOrEqual(1);
			}),
			// The example is a team where two customers shared the exact current value at the cut-off.
			{ numRuns: 40, examples: [[1999, 1375951987]] },
		);
		// Scores up to 40 teams of up to 2,000 customers: seconds on a busy 2-core machine.
	}, 60_000);

	it("follow the team's targets", () => {
		const custom = { ...settings, tiers: { ...settings.tiers, platinumPercent: 10, goldPercent: 30 } };
		const got = shares(scoreTeam(buyingTeam(500, 3), custom, NOW).scores.map((s) => s.tier));
		expect(got.platinum).toBe(50);
		expect(got.gold).toBe(150);
	});

	it("put the highest current values in Platinum and Gold", () => {
		const { scores } = scoreTeam(buyingTeam(400, 9), settings, NOW);
		const highest = Math.min(
			...scores.filter((s) => s.tier === "platinum" || s.tier === "gold").map((s) => s.current),
		);
		const rest = Math.max(
			...scores.filter((s) => s.tier === "iron" || s.tier === "lead").map((s) => s.current),
		);
		expect(highest).toBeGreaterThanOrEqual(rest);
	});

	it("never make a customer without orders Gold or Platinum", () => {
		const team = buyingTeam(40, 5).map((input, i) => (i < 36 ? { ...input, orders: [] } : input));
		const { scores } = scoreTeam(team, settings, NOW);
		expect(scores.slice(0, 36).every((s) => s.tier === "iron" || s.tier === "lead")).toBe(true);
	});

	it("still show Iron in a team of leads only", () => {
		const team = buyingTeam(40, 5).map((input, i) => ({
			...input,
			orders: [],
			company: { country: "US" },
			platform: { inquiriesPosted: i },
		}));
		const tiers = scoreTeam(team, settings, NOW).scores.map((s) => s.tier);
		// The platinum share of all (¼ of the high group's 20%): the ten most active buyers.
		expect(shares(tiers)).toEqual({ platinum: 0, gold: 0, iron: 10, lead: 30 });
		expect(tiers.slice(30).every((t) => t === "iron")).toBe(true);
	});
});

describe("absolute tiers", () => {
	it("compare the rounded scores with the team's thresholds", () => {
		const absolute = { ...settings, tiers: { ...settings.tiers, mode: "absolute" as const } };
		const { scores } = scoreTeam(buyingTeam(300, 11), absolute, NOW);
		for (const s of scores) {
			const high = [s.current >= 60, s.potential >= 55];
			const expected = high[0] ? (high[1] ? "platinum" : "gold") : high[1] ? "iron" : "lead";
			expect(s.tier).toBe(expected);
			expect(s.explanation.thresholds).toEqual({ current: 60, potential: 55, mode: "absolute" });
		}
	});
});
