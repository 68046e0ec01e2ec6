import { describe, expect, it } from "vitest";
import type { BacktestReport } from "../../../../shared/scoring/backtest-tally";
import { latestAsOf, monthsBefore, verdictOf, windowStart } from "./model-verdict";

const rate = (customers: number, reordered: number) => ({
	customers,
	reordered,
	rate: customers ? reordered / customers : null,
});

function report(liftPoints: number, patch: Partial<BacktestReport> = {}): BacktestReport {
	return {
		modelVersion: 6,
		asOf: "2025-06-30",
		months: 6,
		windowEnd: "2025-12-30",
		customers: 100,
		revenue12mUsd: 50_000,
		nextRevenueUsd: 40_000,
		newCustomersNextRevenueUsd: 0,
		tiers: [],
		comparisons: [
			{ group: "platinum", customers: 5, modelShare: 0.3, rankingShare: 0.3, liftPoints: 0 },
			{
				group: "platinumGold",
				customers: 20,
				modelShare: 0.54,
				rankingShare: 0.54 - liftPoints / 100,
				liftPoints,
			},
		],
		churn: {
			repeatBuyers: 40,
			flagged: rate(10, 4),
			unflagged: rate(30, 24),
			bySeverity: { watch: rate(6, 3), warning: rate(3, 1), critical: rate(1, 0) },
			ratio: 0.5,
		},
		...patch,
	};
}

describe("the model check's verdict", () => {
	it("says better, the same or worse than ranking by past revenue, with the points", () => {
		const better = verdictOf(report(1.3));
		expect(better).toMatchObject({
			kind: "verdict",
			tiers: { key: "modelCheck.verdict.better", params: { share: 0.54, points: 1.3, start: "2025-07-01" } },
			group: { params: { customers: 20, total: 100 } },
			churn: { key: "modelCheck.churn.verdict", params: { flagged: 0.4, unflagged: 0.8 } },
		});
		expect(verdictOf(report(0))).toMatchObject({ tiers: { key: "modelCheck.verdict.same" } });
		expect(verdictOf(report(-2.5))).toMatchObject({
			tiers: { key: "modelCheck.verdict.worse", params: { points: 2.5, ranking: expect.closeTo(0.565, 6) } },
		});
	});

	it("says when there is too little history or nothing bought in the window", () => {
		expect(verdictOf(report(0, { customers: 0, revenue12mUsd: 0 }))).toEqual({
			kind: "tooLittle",
			sentence: { key: "modelCheck.noHistory", params: { date: "2025-06-30" } },
		});
		expect(verdictOf(report(0, { nextRevenueUsd: 0 }))).toMatchObject({
			kind: "tooLittle",
			sentence: { key: "modelCheck.noNextRevenue" },
		});
	});

	it("says so when no repeat buyer was flagged", () => {
		const none = report(1, { churn: { ...report(1).churn, flagged: rate(0, 0) } });
		expect(verdictOf(none)).toMatchObject({ churn: { key: "modelCheck.churn.none" } });
	});

	it("picks the latest as-of date whose window has passed, month ends clamped", () => {
		expect(latestAsOf("2026-05-20", 6)).toBe("2025-11-20");
		expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
		expect(windowStart("2025-12-31")).toBe("2026-01-01");
	});
});
