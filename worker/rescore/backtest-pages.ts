import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { BacktestCustomer } from "../../shared/scoring/backtest";
import type { BacktestWindow } from "../../shared/scoring/backtest-window";
import { withDirection } from "../customers/history-columns";
import { type History, parseSignals, scoringInput } from "../customers/scoring";
import type { Db } from "../db/client";
import { customers } from "../db/schema";

/** Customers per page: histories up to the end of the window are read for each page at once. */
const PAGE = 1000;
const DAY_MS = 86_400_000;

interface OrderGroup {
	customerId: string;
	currency: string;
	day: string;
	cancelled: number;
	amount: number;
	n: number;
}

/**
 * Visits the team's live customers in keyset pages, each as its whole history up to the end of the
 * window (the part after asOf is the outcome) and the day it was created. Orders are read grouped by
 * customer, currency, day, cancellation and sign, and expanded back into as many orders of the mean
 * amount: the engine reads orders by day, so revenue, counts, rhythm and recency come out as from
 * every row. Interactions are read only from the engagement windows before asOf.
 */
export async function eachBacktestPage(
	db: Db,
	teamId: string,
	window: BacktestWindow,
	engagementWindowDays: number,
	visit: (page: BacktestCustomer[]) => void,
): Promise<void> {
	let after: string | null = null;
	for (;;) {
		const page = await db
			.select({
				id: customers.id,
				domain: customers.domain,
				country: customers.country,
				website: customers.website,
				buyerType: customers.buyerType,
				size: customers.size,
				signals: customers.signals,
				createdAt: customers.createdAt,
			})
			.from(customers)
			.where(
				and(
					eq(customers.teamId, teamId),
					isNull(customers.deletedAt),
					after === null ? undefined : gt(customers.id, after),
				),
			)
			.orderBy(asc(customers.id))
			.limit(PAGE);
		if (page.length > 0) {
			const histories = await pageHistories(
				db,
				teamId,
				page.map((c) => c.id),
				window,
				engagementWindowDays,
			);
			visit(
				page.map((c) => ({
					input: scoringInput(c, parseSignals(c.signals), histories.get(c.id) ?? empty()),
					createdOn: c.createdAt,
				})),
			);
		}
		if (page.length < PAGE) return;
		after = page.at(-1)?.id ?? null;
	}
}

function empty(): History {
	return { orders: [], interactions: [] };
}

async function pageHistories(
	db: Db,
	teamId: string,
	ids: string[],
	window: BacktestWindow,
	engagementWindowDays: number,
): Promise<Map<string, History>> {
	const inPage = sql`customer_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
	const asOfEnd = `${window.asOf}T23:59:59.999Z`;
	const since = new Date((window.asOfDay - 2 * engagementWindowDays - 1) * DAY_MS).toISOString();
	const [orderGroups, interactionGroups] = await Promise.all([
		db.all<OrderGroup>(sql`
			SELECT customer_id AS customerId, currency, substr(date, 1, 10) AS day, cancelled,
				sum(amount) AS amount, count(*) AS n
			FROM orders WHERE team_id = ${teamId} AND ${inPage} AND substr(date, 1, 10) <= ${window.end}
			GROUP BY customer_id, currency, day, cancelled, amount > 0`),
		db.all<{ customerId: string; direction: string | null; day: string; n: number }>(sql`
			SELECT customer_id AS customerId, direction, substr(occurred_at, 1, 10) AS day, count(*) AS n
			FROM interactions
			WHERE team_id = ${teamId} AND ${inPage} AND occurred_at >= ${since} AND occurred_at <= ${asOfEnd}
			GROUP BY customer_id, direction, day`),
	]);
	const out = new Map<string, History>(ids.map((id) => [id, empty()]));
	for (const g of orderGroups) {
		const orders = out.get(g.customerId)?.orders;
		for (let i = 0; i < g.n; i++) {
			orders?.push({
				amount: g.amount / g.n,
				currency: g.currency,
				date: g.day,
				cancelled: g.cancelled === 1,
			});
		}
	}
	for (const g of interactionGroups) {
		const list = out.get(g.customerId)?.interactions;
		const direction = withDirection(g.direction);
		for (let i = 0; i < g.n; i++) list?.push({ source: "", kind: "", date: g.day, ...direction });
	}
	return out;
}
