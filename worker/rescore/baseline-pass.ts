import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { BaselineBuilder, type ScoringInput, type TeamBaseline } from "../../shared/scoring";
import { interactionsSince, withDirection } from "../customers/history-columns";
import { type History, parseSignals, scoringInput } from "../customers/scoring";
import type { TeamScoring } from "../customers/team-scoring";
import type { Db } from "../db/client";
import { customers } from "../db/schema";
import { letOthersRun } from "../http/let-others-run";

/**
 * Customers per page of the baseline pass: it keeps four numbers per customer, so pages could be
 * larger, but one page is also one stretch of work other requests wait for (about 60 ms).
 */
const PAGE = 1000;
const DAY_MS = 86_400_000;

export type CompanyRow = Pick<
	typeof customers.$inferSelect,
	"id" | "domain" | "country" | "website" | "buyerType" | "size" | "signals"
>;

/** Visits the team's live customers (what scoring reads of the customer row) in keyset pages, letting other requests run between pages. */
export async function eachCompanyPage(
	db: Db,
	teamId: string,
	visit: (page: CompanyRow[]) => Promise<void>,
): Promise<void> {
	let after: string | null = null;
	for (;;) {
		const page: CompanyRow[] = await db
			.select({
				id: customers.id,
				domain: customers.domain,
				country: customers.country,
				website: customers.website,
				buyerType: customers.buyerType,
				size: customers.size,
				signals: customers.signals,
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
		if (page.length > 0) await visit(page);
		if (page.length < PAGE) return;
		await letOthersRun();
		after = page.at(-1)?.id ?? null;
	}
}

/**
 * Streams the whole team through BaselineBuilder in keyset pages. Orders are read aggregated by SQL
 * (one row per customer, currency, day, cancellation and sign within the trailing year, plus each
 * customer's last earlier purchase) and expanded back into as many orders, so revenue, frequency
 * and recency come out exactly as from the full history, with a fraction of the rows read.
 */
export async function computeTeamBaseline(
	db: Db,
	teamId: string,
	team: TeamScoring,
	now: Date,
	settingsVersion: number,
): Promise<TeamBaseline> {
	const builder = new BaselineBuilder(team.settings, now);
	await eachCompanyPage(db, teamId, async (page) => {
		for (const input of await baselineInputs(db, teamId, page, now, team.settings.engagementWindowDays)) {
			builder.add(input);
		}
	});
	return builder.finish(settingsVersion);
}

interface OrderGroup {
	customerId: string;
	currency: string;
	day: string;
	cancelled: number;
	amount: number;
	n: number;
}

/** Scoring inputs equivalent, for the baseline, to the customers' full histories. */
export async function baselineInputs(
	db: Db,
	teamId: string,
	page: CompanyRow[],
	now: Date,
	windowDays: number,
): Promise<ScoringInput[]> {
	const ids = JSON.stringify(page.map((c) => c.id));
	// A day before the engine's 365-day window, so no order inside it is missed.
	const yearStart = new Date(now.getTime() - 366 * DAY_MS).toISOString().slice(0, 10);
	const inPage = sql`customer_id IN (SELECT value FROM json_each(${ids}))`;
	// Three statements at once (drizzle cannot put raw SQL with parameters into a D1 batch).
	const [recent, earlier, engagement] = await Promise.all([
		db.all<OrderGroup>(sql`
			SELECT customer_id AS customerId, currency, substr(date, 1, 10) AS day, cancelled,
				sum(amount) AS amount, count(*) AS n
			FROM orders WHERE team_id = ${teamId} AND ${inPage} AND date >= ${yearStart}
			GROUP BY customer_id, currency, day, cancelled, amount > 0`),
		db.all<OrderGroup>(sql`
			SELECT customer_id AS customerId, currency, max(substr(date, 1, 10)) AS day, 0 AS cancelled,
				1 AS amount, 1 AS n
			FROM orders WHERE team_id = ${teamId} AND ${inPage} AND date < ${yearStart} AND cancelled = 0 AND amount > 0
			GROUP BY customer_id, currency`),
		db.all<{ customerId: string; direction: string | null; day: string; n: number }>(sql`
			SELECT customer_id AS customerId, direction, substr(occurred_at, 1, 10) AS day, count(*) AS n
			FROM interactions
			WHERE team_id = ${teamId} AND ${inPage} AND occurred_at >= ${interactionsSince(now, windowDays)}
			GROUP BY customer_id, direction, day`),
	]);
	const histories = new Map<string, History>(page.map((c) => [c.id, { orders: [], interactions: [] }]));
	for (const group of [...recent, ...earlier]) {
		const orders = histories.get(group.customerId)?.orders;
		const amount = group.amount / group.n;
		for (let i = 0; i < group.n; i++) {
			orders?.push({ amount, currency: group.currency, date: group.day, cancelled: group.cancelled === 1 });
		}
	}
	for (const group of engagement) {
		const list = histories.get(group.customerId)?.interactions;
		const direction = withDirection(group.direction);
		for (let i = 0; i < group.n; i++) {
			list?.push({ source: "", kind: "", date: group.day, ...direction });
		}
	}
	return page.map((c) =>
		scoringInput(c, parseSignals(c.signals), histories.get(c.id) ?? { orders: [], interactions: [] }),
	);
}
