import { sql } from "drizzle-orm";
import type { Insights } from "../../shared/schema/insights";
import type { Tier } from "../../shared/scoring";
import type { Db } from "../db/client";
import { type InsightsScope, inScopeSql } from "./scope";

const MAX_LISTED = 50;

type Severity = Insights["churn"]["customers"][number]["severity"];

/** Customers flagged at risk of churning, most trailing-12-month revenue (the revenue at risk) first. */
export async function churnAtRisk(db: Db, scope: InsightsScope): Promise<Insights["churn"]> {
	const where = sql`${inScopeSql(scope)} AND c.churn_flag = 1`;
	const [totals, rows] = await Promise.all([
		db.all<{ n: number; revenue: number }>(sql`
			SELECT count(*) AS n, coalesce(sum(c.revenue_12m_usd), 0) AS revenue FROM customers c WHERE ${where}`),
		db.all<{
			id: string;
			name: string;
			tier: Tier;
			severity: Severity;
			revenue12mUsd: number;
			lastOrderAt: string | null;
			ownerId: string | null;
			ownerName: string | null;
		}>(sql`
			SELECT c.id, c.name, c.tier, c.churn_severity AS severity, c.revenue_12m_usd AS revenue12mUsd,
				c.last_order_at AS lastOrderAt, m.id AS ownerId, m.name AS ownerName
			FROM customers c LEFT JOIN members m ON m.id = c.owner_id AND m.team_id = c.team_id
			WHERE ${where} ORDER BY c.revenue_12m_usd DESC, c.id LIMIT ${MAX_LISTED}`),
	]);
	return {
		count: totals[0]?.n ?? 0,
		revenue12mUsd: Math.round((totals[0]?.revenue ?? 0) * 100) / 100,
		customers: rows.map(({ ownerId, ownerName, ...c }) => ({
			...c,
			owner: ownerId === null ? null : { id: ownerId, name: ownerName ?? "" },
		})),
	};
}
