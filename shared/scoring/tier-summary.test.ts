import { describe, expect, it } from "vitest";
import { summarizeTiers, type TierTotals } from "./tier-summary";

describe("summarizeTiers", () => {
	it("lists every tier in order with shares to 4 places and revenue to the cent", () => {
		const totals: TierTotals = new Map([
			["lead", { customers: 2, revenue: 0.004 }],
			["platinum", { customers: 1, revenue: 1000.005 }],
		]);
		const summary = summarizeTiers("2010-12-31", totals, "metal");
		expect(summary.asOf).toBe("2010-12-31");
		expect(summary.customers).toBe(3);
		expect(summary.revenue12mUsd).toBe(1000.01);
		expect(summary.tiers.map((t) => [t.tier, t.label, t.customers, t.customerShare])).toEqual([
			["platinum", "Platinum", 1, 0.3333],
			["gold", "Gold", 0, 0],
			["iron", "Iron", 0, 0],
			["lead", "Lead", 2, 0.6667],
		]);
		expect(summary.tiers[0]?.revenueShare).toBe(1);
		expect(summary.tiers[3]?.revenue12mUsd).toBe(0);
	});

	it("gives zero shares when the team has no customers, with letter labels", () => {
		const summary = summarizeTiers(null, new Map(), "letter");
		expect(summary.customers).toBe(0);
		expect(summary.tiers.map((t) => [t.label, t.customerShare, t.revenueShare])).toEqual([
			["S", 0, 0],
			["A", 0, 0],
			["B", 0, 0],
			["C", 0, 0],
		]);
	});
});
