import { sql } from "drizzle-orm";
import type { Insights } from "../../shared/schema/insights";
import type { Tier } from "../../shared/scoring";
import type { Db } from "../db/client";
import { type InsightsScope, inScopeSql, share, tierRankSql } from "./scope";

const MAX_FELL = 50;

/**
 * Each scope customer's recorded tier on `from` and on `to` (tier_history: the latest row on or
 * before the day; none on `from` means not a customer yet), as a CTE `moves(id, name, revenue,
 * from_tier, to_tier)`. Customers with no row by `to` are left out.
 */
function movesCte(scope: InsightsScope, from: string, to: string) {
	const latest = (day: string) => sql`
		SELECT customer_id, tier FROM (
			SELECT customer_id, tier, row_number() OVER (PARTITION BY customer_id ORDER BY day DESC) AS rn
			FROM tier_history WHERE team_id = ${scope.teamId} AND day <= ${day}
		) WHERE rn = 1`;
	return sql`WITH f AS (${latest(from)}), t AS (${latest(to)}),
		moves AS (
			SELECT c.id, c.name, c.revenue_12m_usd AS revenue, f.tier AS from_tier, t.tier AS to_tier
			FROM t JOIN customers c ON c.id = t.customer_id LEFT JOIN f ON f.customer_id = t.customer_id
			WHERE ${inScopeSql(scope)}
		)`;
}

/** Tier movements between two days, from the recorded history: the matrix, the climb rates and who fell. */
export async function tierMovements(
	db: Db,
	scope: InsightsScope,
	from: string,
	to: string,
): Promise<Insights["movements"]> {
	const cte = movesCte(scope, from, to);
	const fellWhere = sql`from_tier IS NOT NULL AND ${tierRankSql(sql`to_tier`)} < ${tierRankSql(sql`from_tier`)}`;
	const [cells, fell] = await Promise.all([
		db.all<{ from: Tier | null; to: Tier; customers: number }>(sql`${cte}
			SELECT from_tier AS "from", to_tier AS "to", count(*) AS customers FROM moves
			GROUP BY from_tier, to_tier ORDER BY from_tier, to_tier`),
		db.all<{
			id: string;
			name: string;
			from: Tier;
			to: Tier;
			revenue12mUsd: number;
			total: number;
		}>(sql`${cte}
			SELECT id, name, from_tier AS "from", to_tier AS "to", revenue AS revenue12mUsd, count(*) OVER () AS total
			FROM moves WHERE ${fellWhere} ORDER BY revenue DESC, id LIMIT ${MAX_FELL}`),
	]);
	const count = (f: Tier, t?: Tier) =>
		cells.filter((c) => c.from === f && (t === undefined || c.to === t)).reduce((n, c) => n + c.customers, 0);
	const rate = (f: Tier, t: Tier) => (count(f) === 0 ? null : share(count(f, t), count(f)));
	return {
		from,
		to,
		matrix: cells,
		ironToGold: rate("iron", "gold"),
		goldToPlatinum: rate("gold", "platinum"),
		fellCount: fell[0]?.total ?? 0,
		fell: fell.map(({ total: _total, ...customer }) => customer),
	};
}
