import { describe, expect, it } from "vitest";
import { backtest } from "./backtest";
import { BacktestTally } from "./backtest-tally";
import { backtestWindow, splitAtAsOf } from "./backtest-window";
import { defaultScoringSettings as settings } from "./settings";
import type { ScoringInput } from "./types";

const buyer = (orders: Array<[string, number, boolean?]>): ScoringInput => ({
	orders: orders.map(([date, amount, cancelled]) => ({ amount, currency: "USD", date, cancelled })),
	interactions: [],
	inquiries: [],
	company: {},
	platform: {},
});

describe("backtestWindow", () => {
	it("ends on the same date N months later, clamped to a shorter month", () => {
		expect(backtestWindow("2010-06-09", 6).end).toBe("2010-12-09");
		expect(backtestWindow("2010-09-09", 3).end).toBe("2010-12-09");
		expect(backtestWindow("2010-08-31", 1).end).toBe("2010-09-30");
		expect(backtestWindow("2024-01-31", 1).end).toBe("2024-02-29");
		expect(backtestWindow("2024-11-15", 3).end).toBe("2025-02-15");
		expect(() => backtestWindow("2024-02-30x", 1)).toThrow(RangeError);
		expect(() => backtestWindow("2024-02-01", 0)).toThrow(RangeError);
	});
});

describe("splitAtAsOf", () => {
	const window = backtestWindow("2024-06-30", 3);

	it("keeps asOf itself in the past and both ends of the window in the outcome", () => {
		const split = splitAtAsOf(
			buyer([
				["2024-06-30T23:59:00", 100],
				["2024-07-01T00:01:00", 10],
				["2024-09-30", 1],
				["2024-10-01", 1000],
			]),
			window,
			settings,
		);
		expect(split.known.orders.map((o) => o.amount)).toEqual([100]);
		expect(split.outcome).toEqual({ revenueUsd: 11, reordered: true });
		expect(split.existed).toBe(true);
		expect(split.repeatBuyer).toBe(false);
	});

	it("subtracts cancellations in the window, never below 0; a cancellation alone is no re-order", () => {
		const split = splitAtAsOf(
			buyer([
				["2024-01-05", 100],
				["2024-03-05", 100],
				["2024-07-05", 50, true],
			]),
			window,
			settings,
		);
		expect(split.outcome).toEqual({ revenueUsd: 0, reordered: false });
		expect(split.repeatBuyer).toBe(true);
	});

	it("counts a customer as known from its first order or its creation, whichever is first", () => {
		const later = buyer([["2024-08-01", 300]]);
		expect(splitAtAsOf(later, window, settings).existed).toBe(false);
		expect(splitAtAsOf(later, window, settings, "2026-01-01T10:00:00Z").existed).toBe(false);
		expect(splitAtAsOf(later, window, settings, "2024-06-30T10:00:00Z").existed).toBe(true);
		expect(splitAtAsOf(buyer([]), window, settings, "2024-05-01").existed).toBe(true);
	});
});

describe("BacktestTally", () => {
	it("computes shares, the ranking at the same counts (ties shared) and re-order rates by hand", () => {
		const tally = new BacktestTally(backtestWindow("2024-06-30", 3));
		const row = (
			tier: "platinum" | "gold" | "iron" | "lead",
			revenue12mUsd: number,
			next: number,
			severity: "none" | "watch" | "warning" | "critical" = "none",
			repeatBuyer = true,
		) =>
			tally.add({
				tier,
				severity,
				revenue12mUsd,
				repeatBuyer,
				outcome: { revenueUsd: next, reordered: next > 0 },
			});
		row("platinum", 500, 100);
		row("gold", 900, 0, "critical");
		row("lead", 900, 300, "watch");
		row("lead", 100, 200);
		row("iron", 0, 0, "none", false);
		tally.addNewCustomer({ revenueUsd: 400, reordered: true });
		const r = tally.finish();
		// Next-window revenue: 100 + 0 + 300 + 200 + 0 known, + 400 new = 1000.
		expect(r).toMatchObject({
			customers: 5,
			revenue12mUsd: 2400,
			nextRevenueUsd: 1000,
			newCustomersNextRevenueUsd: 400,
		});
		expect(r.tiers.map((t) => [t.tier, t.customers, t.revenue12mShare, t.nextRevenueShare])).toEqual([
			["platinum", 1, 0.2083, 0.1],
			["gold", 1, 0.375, 0],
			["iron", 1, 0, 0],
			["lead", 2, 0.4167, 0.5],
		]);
		// Top 1 by past revenue: two customers tie at 900 (next 0 and 300): half a place each → 150.
		// Top 2: both 900s → 300.
		expect(r.comparisons).toEqual([
			{ group: "platinum", customers: 1, modelShare: 0.1, rankingShare: 0.15, liftPoints: -5 },
			{ group: "platinumGold", customers: 2, modelShare: 0.1, rankingShare: 0.3, liftPoints: -20 },
		]);
		// The ranking at each tier's count, in tier order: places 1, 2, 3 and 4–5 by past revenue bring
		// 150, 300 − 150, 400 − 300 (the 500 buyer's 100) and 600 − 400 (200 and 0); new customers the rest.
		expect(r.tiers.map((t) => t.rankingNextRevenueShare)).toEqual([0.15, 0.15, 0.1, 0.2]);
		expect(r.churn).toEqual({
			repeatBuyers: 4,
			flagged: { customers: 2, reordered: 1, rate: 0.5 },
			unflagged: { customers: 2, reordered: 2, rate: 1 },
			bySeverity: {
				watch: { customers: 1, reordered: 1, rate: 1 },
				warning: { customers: 0, reordered: 0, rate: null },
				critical: { customers: 1, reordered: 0, rate: 0 },
			},
			ratio: 0.5,
		});
	});
});

describe("backtest", () => {
	it("scores only what was known at asOf, so later orders never change the tiers", () => {
		const team = Array.from({ length: 20 }, (_, i) => ({
			input: buyer([
				["2024-02-01", 1000 * (i + 1)],
				["2024-05-01", 1000 * (i + 1)],
				["2024-08-01", i % 2 === 0 ? 500 : 0],
			]),
		}));
		const report = backtest(team, settings, "2024-06-30", 3);
		const changedFuture = team.map((c) => ({
			input: {
				...c.input,
				orders: [...c.input.orders, { amount: 1e6, currency: "USD", date: "2024-07-02" }],
			},
		}));
		const again = backtest(changedFuture, settings, "2024-06-30", 3);
		expect(again.tiers.map((t) => t.customers)).toEqual(report.tiers.map((t) => t.customers));
		expect(again.tiers.map((t) => t.revenue12mUsd)).toEqual(report.tiers.map((t) => t.revenue12mUsd));
		expect(report).toMatchObject({ customers: 20, revenue12mUsd: 420_000, nextRevenueUsd: 5000 });
		// Percentile tiers: 20% of 20 high current = the four biggest buyers, one of them Platinum.
		expect(report.comparisons.map((c) => c.customers)).toEqual([1, 4]);
		expect(report.churn.repeatBuyers).toBe(20);
		expect(report.churn.unflagged).toEqual({ customers: 20, reordered: 10, rate: 0.5 });
	});
});
