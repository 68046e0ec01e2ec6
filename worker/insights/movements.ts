import { sql } from "drizzle-orm";
import type { Insights } from "../../shared/schema/insights";
import type { Tier } from "../../shared/scoring";
import type { Db } from "../db/client";
import { type InsightsScope, inScopeSql, share, tierRankSql } from "./scope";

const MAX_FELL = 50;

/**
 * Each scope customer's recorded tier on `from` and on `to` (tier_history: the latest row on or
 * before the day; none on `from` means not a customer yet), as a CTE `moves(id, name, revenue,
 * from_tier, to_tier)`. Customers with no row by `to` are left out. One pass over the team's
 * history in key order: the latest row is the max of `day || tier` (the day is 10 characters), so no
 * per-customer lookup or join of two derived tables (which SQLite may run as a nested loop).
 */
function movesCte(scope: InsightsScope, from: string, to: string) {
	return sql`WITH moves AS (
		SELECT c.id, c.name, c.revenue_12m_usd AS revenue, substr(h.f, 11) AS from_tier, substr(h.t, 11) AS to_tier
		FROM (
			SELECT customer_id, max(CASE WHEN day <= ${from} THEN day || tier END) AS f, max(day || tier) AS t
			FROM tier_history WHERE team_id = ${scope.teamId} AND day <= ${to} GROUP BY customer_id
		) h JOIN customers c ON c.id = h.customer_id
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
