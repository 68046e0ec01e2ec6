import { and, eq, isNull, sql } from "drizzle-orm";
import type { ScoringSettings, Tier } from "../../shared/scoring";
import { summarizeTiers, type TierSummary, type TierTotals } from "../../shared/scoring/tier-summary";
import type { Db } from "../db/client";
import { customers } from "../db/schema";
import { eachCompanyPage } from "./baseline-pass";
import { endOfDay, scoreWhatIf, whatIfBaseline } from "./what-if";

/** Share of customers and of trailing-12-month revenue per stored tier, by one aggregate query. */
export async function storedTierSummary(
	db: Db,
	teamId: string,
	settings: ScoringSettings,
): Promise<TierSummary> {
	const rows = await db
		.select({
			tier: customers.tier,
			n: sql<number>`count(*)`,
			revenue: sql<number>`coalesce(sum(${customers.revenue12mUsd}), 0)`,
		})
		.from(customers)
		.where(and(eq(customers.teamId, teamId), isNull(customers.deletedAt)))
		.groupBy(customers.tier);
	const totals: TierTotals = new Map();
	for (const row of rows) totals.set(row.tier as Tier, { customers: row.n, revenue: row.revenue });
	return summarizeTiers(null, totals, settings.labelScheme);
}

/**
 * The tiers the team would have had at the end of `asOf` (a what-if: nothing is written).
 * Used to read a historical order book (e.g. an imported 2010 ledger) the way it looked back then.
 */
export async function tierSummaryAsOf(
	db: Db,
	teamId: string,
	settings: ScoringSettings,
	asOf: string,
): Promise<TierSummary> {
	const totals = await whatIfTotals(db, teamId, settings, endOfDay(asOf));
	return summarizeTiers(asOf, totals, settings.labelScheme);
}

/**
 * The tiers the team would have today with `settings` (POST /v1/team/scoring/preview; nothing is
 * written): what a re-score started today stores, since the engine reads days, not instants.
 */
export async function tierSummaryPreview(
	db: Db,
	teamId: string,
	settings: ScoringSettings,
	now = new Date(),
): Promise<TierSummary> {
	const totals = await whatIfTotals(db, teamId, settings, now);
	return summarizeTiers(now.toISOString().slice(0, 10), totals, settings.labelScheme);
}

/**
 * Customers and revenue per tier with `settings` at `now`, by the two what-if keyset passes
 * (what-if.ts): one for the baseline, one scoring each customer.
 */
async function whatIfTotals(
	db: Db,
	teamId: string,
	settings: ScoringSettings,
	now: Date,
): Promise<TierTotals> {
	const baseline = await whatIfBaseline(db, teamId, settings, now);
	const totals: TierTotals = new Map();
	await eachCompanyPage(db, teamId, async (page) => {
		for (const result of await scoreWhatIf(db, teamId, page, settings, now, baseline)) {
			const t = totals.get(result.tier) ?? { customers: 0, revenue: 0 };
			t.customers += 1;
			t.revenue += result.explanation.revenue12mUsd;
			totals.set(result.tier, t);
		}
	});
	return totals;
}
