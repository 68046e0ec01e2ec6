import { describe, expect, it } from "vitest";
import { defaultScoringSettings, scoringSettingsSchema } from "./settings";

function issues(body: unknown): string[] {
	const result = scoringSettingsSchema.safeParse(body);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("scoringSettingsSchema", () => {
	it("fills every omitted field with its default", () => {
		expect(scoringSettingsSchema.parse({})).toEqual(defaultScoringSettings);
		const letter = scoringSettingsSchema.parse({
			labelScheme: "letter",
			current: { weights: { revenue: 50 } },
		});
		expect(letter.labelScheme).toBe("letter");
		expect(letter.current.weights).toEqual({ recency: 7, frequency: 7, revenue: 50 });
		expect(letter.tiers).toEqual(defaultScoringSettings.tiers);
	});

	it("has the documented defaults", () => {
		const d = defaultScoringSettings;
		expect(d.labelScheme).toBe("metal");
		expect(d.current.mode).toBe("percentile");
		expect(d.tiers).toMatchObject({ mode: "percentile", platinumPercent: 5, goldPercent: 15 });
		expect(d.churn.k).toBe(1.5);
		expect(d.engagementWindowDays).toBe(90);
		expect(d.potential.marketWeights.US).toBe(100);
		expect(Object.keys(d.fx)).toEqual(expect.arrayContaining(["EUR", "GBP", "CNY", "JPY", "KRW", "ZAR"]));
	});

	it("round-trips its own output (GET then PUT)", () => {
		const again = scoringSettingsSchema.parse(JSON.parse(JSON.stringify(defaultScoringSettings)));
		expect(again).toEqual(defaultScoringSettings);
	});

	it("rejects bad weights with clear paths", () => {
		expect(issues({ current: { weights: { recency: -1 } } })).toContain(
			"current.weights.recency: weights can't be negative",
		);
		expect(issues({ potential: { weights: { market: 101 } } })).toContain(
			"potential.weights.market: a weight is at most 100",
		);
		expect(issues({ potential: { weights: { market: "high" } } })).toContain(
			"potential.weights.market: must be a number",
		);
		expect(issues({ current: { weights: { recency: 0, frequency: 0, revenue: 0 } } })).toEqual([
			"current.weights: at least one current-value weight must be above 0",
		]);
		const zero = {
			buyerType: 0,
			companySize: 0,
			domain: 0,
			market: 0,
			inquiry: 0,
			engagement: 0,
			platform: 0,
		};
		expect(issues({ potential: { weights: zero } })).toEqual([
			"potential.weights: at least one potential-value weight must be above 0",
		]);
		expect(issues({ current: { weights: { recencey: 10 } } })[0]).toMatch(/^current.weights: .*recencey/);
	});

	it("rejects bad thresholds and targets", () => {
		expect(issues({ tiers: { current: 120 } })).toEqual([
			"tiers.current: the current-value threshold is at most 100",
		]);
		expect(issues({ tiers: { potential: -5 } })).toEqual([
			"tiers.potential: the potential-value threshold can't be below 0",
		]);
		expect(issues({ tiers: { platinumPercent: 40, goldPercent: 70 } })).toEqual([
			"tiers.goldPercent: platinumPercent + goldPercent can't exceed 100",
		]);
		expect(issues({ tiers: { mode: "quartile" } })).toEqual([
			'tiers.mode: mode is "percentile" or "absolute"',
		]);
	});

	it("rejects bad churn, windows, cut-offs, markets and unknown fields", () => {
		expect(issues({ churn: { k: 0.5 } })).toEqual(["churn.k: k is at least 1"]);
		expect(issues({ engagementWindowDays: 7.5 })).toEqual([
			"engagementWindowDays: engagementWindowDays must be whole days",
		]);
		expect(issues({ current: { revenueUsd: 1e12 } })).toEqual([
			"current.revenueUsd: revenueUsd is at most 10,000,000,000",
		]);
		expect(issues({ potential: { marketWeights: { DE: 150 } } })).toEqual([
			"potential.marketWeights.DE: a market weight is at most 100",
		]);
		expect(issues({ potential: { marketWeights: { germany: 50 } } })[0]).toMatch(/^potential.marketWeights/);
		expect(issues({ labelScheme: "gems" })).toEqual(['labelScheme: labelScheme is "metal" or "letter"']);
		expect(issues({ version: 3 })[0]).toMatch(/version/);
	});
});
