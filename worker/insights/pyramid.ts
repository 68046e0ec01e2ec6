import { sql } from "drizzle-orm";
import type { Insights } from "../../shared/schema/insights";
import type { ScoringSettings, Tier } from "../../shared/scoring";
import { summarizeTiers, type TierTotals } from "../../shared/scoring/tier-summary";
import type { Db } from "../db/client";
import { type InsightsScope, inScopeSql, share } from "./scope";

/** Customers and trailing-12-month revenue per stored tier, by one aggregate query. */
export async function tierPyramid(
	db: Db,
	scope: InsightsScope,
	scheme: ScoringSettings["labelScheme"],
): Promise<{ pyramid: Insights["pyramid"]; totals: TierTotals }> {
	const rows = await db.all<{ tier: Tier; n: number; revenue: number }>(sql`
		SELECT c.tier, count(*) AS n, coalesce(sum(c.revenue_12m_usd), 0) AS revenue
		FROM customers c WHERE ${inScopeSql(scope)} GROUP BY c.tier`);
	const totals: TierTotals = new Map(rows.map((r) => [r.tier, { customers: r.n, revenue: r.revenue }]));
	return { pyramid: summarizeTiers(null, totals, scheme), totals };
}

/** Points on the curve (at most) and the top shares marked on it. */
const CURVE_POINTS = 40;
const TOP_PERCENTS = [5, 10, 20];

/**
 * The revenue concentration curve: customers from the biggest buyer down, the share of revenue the
 * top share of customers bring. Cumulative sums by a window query; only the ranks asked for return.
 */
export async function concentration(
	db: Db,
	scope: InsightsScope,
	customers: number,
	revenue: number,
): Promise<Insights["concentration"]> {
	if (customers === 0) return { points: [], top: [] };
	const steps = Math.min(CURVE_POINTS, customers);
	const pointRanks = Array.from({ length: steps }, (_, k) => Math.ceil(((k + 1) * customers) / steps));
	const topRanks = TOP_PERCENTS.map((p) => Math.max(1, Math.ceil((p / 100) * customers)));
	const ranks = [...new Set([...pointRanks, ...topRanks])];
	const rows = await db.all<{ rn: number; cum: number }>(sql`
		SELECT rn, cum FROM (
			SELECT row_number() OVER w AS rn, sum(c.revenue_12m_usd) OVER w AS cum
			FROM customers c WHERE ${inScopeSql(scope)}
			WINDOW w AS (ORDER BY c.revenue_12m_usd DESC, c.id ROWS UNBOUNDED PRECEDING)
		) WHERE rn IN (SELECT value FROM json_each(${JSON.stringify(ranks)}))`);
	const cumAt = new Map(rows.map((r) => [r.rn, r.cum]));
	const revenueShare = (rank: number) => share(cumAt.get(rank) ?? 0, revenue);
	return {
		points: pointRanks.map((rank) => ({
			customerShare: share(rank, customers),
			revenueShare: revenueShare(rank),
		})),
		top: TOP_PERCENTS.map((percent, i) => {
			const rank = topRanks[i] ?? 1;
			return { percent, customers: rank, revenueShare: revenueShare(rank) };
		}),
	};
}
