import type { BacktestOutcome, BacktestWindow } from "./backtest-window";
import type { Churn, Tier } from "./types";
import { MODEL_VERSION } from "./version";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];
const SEVERITIES = ["watch", "warning", "critical"] as const;
type FlagSeverity = (typeof SEVERITIES)[number];
const SEVERITY_INDEX: Record<Churn["severity"], number> = { none: -1, watch: 0, warning: 1, critical: 2 };

/** One tier as scored at asOf, and what its customers brought afterwards. */
export interface BacktestTier {
	tier: Tier;
	customers: number;
	customerShare: number;
	/** Trailing-12-month revenue at asOf (USD) and its share of the team's. */
	revenue12mUsd: number;
	revenue12mShare: number;
	/** Revenue in the outcome window (USD) and its share of the team's. */
	nextRevenueUsd: number;
	nextRevenueShare: number;
	/**
	 * The same number of customers taken by past 12-month revenue instead, in tier order: Platinum's
	 * count from the top, Gold's count next, and so on; their share of the outcome window's revenue.
	 */
	rankingNextRevenueShare: number;
}

/**
 * The model's high tiers against the plain ranking: the same number of customers taken by trailing
 * 12-month revenue at asOf. `liftPoints` = model share − ranking share, in percentage points.
 */
export interface BacktestComparison {
	group: "platinum" | "platinumGold";
	customers: number;
	modelShare: number;
	rankingShare: number;
	liftPoints: number;
}

/** Repeat buyers of one kind and how many of them bought again in the outcome window. */
export interface ReorderRate {
	customers: number;
	reordered: number;
	/** reordered / customers; null without customers. */
	rate: number | null;
}

export interface BacktestChurn {
	/** Customers with purchases on at least two days by asOf. */
	repeatBuyers: number;
	flagged: ReorderRate;
	unflagged: ReorderRate;
	bySeverity: Record<FlagSeverity, ReorderRate>;
	/** flagged.rate / unflagged.rate: below 1 the flag separates; the lower the better. Null without both. */
	ratio: number | null;
}

/** GET /v1/team/backtest and `npm run backtest`: how well the tiers and churn flags as of a date predicted. */
export interface BacktestReport {
	modelVersion: number;
	asOf: string;
	months: number;
	/** The last day of the outcome window (inclusive). */
	windowEnd: string;
	/** Customers known at asOf. */
	customers: number;
	revenue12mUsd: number;
	/**
	 * Revenue in the outcome window (USD), of every customer: the shares below are of this, so what new
	 * customers brought counts as revenue no tier foresaw.
	 */
	nextRevenueUsd: number;
	/** The part of it from customers first seen after asOf. */
	newCustomersNextRevenueUsd: number;
	tiers: BacktestTier[];
	comparisons: BacktestComparison[];
	churn: BacktestChurn;
}

/** What one customer adds to a backtest: its tier and churn at asOf, and what followed. */
export interface BacktestRow {
	tier: Tier;
	severity: Churn["severity"];
	revenue12mUsd: number;
	repeatBuyer: boolean;
	outcome: BacktestOutcome;
}

/**
 * Collects one row per customer (a few numbers each, so a large team can be streamed page by page)
 * and turns them into the report.
 */
export class BacktestTally {
	private readonly tier: number[] = [];
	private readonly severity: number[] = [];
	private readonly revenue12m: number[] = [];
	private readonly next: number[] = [];
	private readonly repeat: boolean[] = [];
	private readonly reordered: boolean[] = [];
	private newCustomersNext = 0;

	constructor(private readonly window: BacktestWindow) {}

	add(row: BacktestRow): void {
		this.tier.push(TIERS.indexOf(row.tier));
		this.severity.push(SEVERITY_INDEX[row.severity]);
		this.revenue12m.push(row.revenue12mUsd);
		this.next.push(row.outcome.revenueUsd);
		this.repeat.push(row.repeatBuyer);
		this.reordered.push(row.outcome.reordered);
	}

	/** A customer first seen after asOf: only its revenue in the window counts (as no tier's). */
	addNewCustomer(outcome: BacktestOutcome): void {
		this.newCustomersNext += outcome.revenueUsd;
	}

	finish(): BacktestReport {
		const n = this.tier.length;
		const total12m = sum(this.revenue12m);
		const totalNext = sum(this.next) + this.newCustomersNext;
		const order = byRevenueDescending(this.revenue12m);
		let rankedAbove = 0;
		let rankedNextAbove = 0;
		const tiers = TIERS.map((tier, t) => {
			let customers = 0;
			let revenue12m = 0;
			let next = 0;
			for (let i = 0; i < n; i++) {
				if (this.tier[i] !== t) continue;
				customers++;
				revenue12m += this.revenue12m[i] as number;
				next += this.next[i] as number;
			}
			rankedAbove += customers;
			const rankedNext = this.topByRevenue(order, rankedAbove);
			const rankingNext = rankedNext - rankedNextAbove;
			rankedNextAbove = rankedNext;
			return {
				tier,
				customers,
				customerShare: share(customers, n),
				revenue12mUsd: cents(revenue12m),
				revenue12mShare: share(revenue12m, total12m),
				nextRevenueUsd: cents(next),
				nextRevenueShare: share(next, totalNext),
				rankingNextRevenueShare: share(rankingNext, totalNext),
			};
		});
		return {
			modelVersion: MODEL_VERSION,
			asOf: this.window.asOf,
			months: this.window.months,
			windowEnd: this.window.end,
			customers: n,
			revenue12mUsd: cents(total12m),
			nextRevenueUsd: cents(totalNext),
			newCustomersNextRevenueUsd: cents(this.newCustomersNext),
			tiers,
			comparisons: this.comparisons(tiers, totalNext, order),
			churn: this.churn(),
		};
	}

	private comparisons(tiers: BacktestTier[], totalNext: number, order: Uint32Array): BacktestComparison[] {
		const [platinum, gold] = tiers as [BacktestTier, BacktestTier];
		const group = (name: BacktestComparison["group"], parts: BacktestTier[]): BacktestComparison => {
			const customers = parts.reduce((a, t) => a + t.customers, 0);
			const modelShare = share(
				parts.reduce((a, t) => a + t.nextRevenueUsd, 0),
				totalNext,
			);
			const rankingShare = share(this.topByRevenue(order, customers), totalNext);
			return {
				group: name,
				customers,
				modelShare,
				rankingShare,
				liftPoints: points(modelShare - rankingShare),
			};
		};
		return [group("platinum", [platinum]), group("platinumGold", [platinum, gold])];
	}

	/**
	 * Next-window revenue of the `count` customers with the most trailing revenue. Customers level with
	 * the last one taken share its places: each counts by the fraction of the tie that fits, so the
	 * ranking does not depend on the order customers were added in.
	 */
	private topByRevenue(order: Uint32Array, count: number): number {
		let taken = 0;
		let total = 0;
		let i = 0;
		while (i < order.length && taken < count) {
			const level = this.revenue12m[order[i] as number] as number;
			let j = i;
			let tieNext = 0;
			while (j < order.length && this.revenue12m[order[j] as number] === level) {
				tieNext += this.next[order[j] as number] as number;
				j++;
			}
			const fits = Math.min(j - i, count - taken);
			total += (tieNext * fits) / (j - i);
			taken += fits;
			i = j;
		}
		return total;
	}

	private churn(): BacktestChurn {
		const flagged = rate();
		const unflagged = rate();
		const bySeverity = { watch: rate(), warning: rate(), critical: rate() };
		let repeatBuyers = 0;
		for (let i = 0; i < this.tier.length; i++) {
			if (!this.repeat[i]) continue;
			repeatBuyers++;
			const severity = this.severity[i] as number;
			const again = this.reordered[i] as boolean;
			count(severity < 0 ? unflagged : flagged, again);
			if (severity >= 0) count(bySeverity[SEVERITIES[severity] as FlagSeverity], again);
		}
		for (const r of [flagged, unflagged, ...Object.values(bySeverity)]) {
			r.rate = r.customers > 0 ? round4(r.reordered / r.customers) : null;
		}
		const ratio =
			flagged.customers > 0 && unflagged.reordered > 0
				? round4(flagged.reordered / flagged.customers / (unflagged.reordered / unflagged.customers))
				: null;
		return { repeatBuyers, flagged, unflagged, bySeverity, ratio };
	}
}

function rate(): ReorderRate {
	return { customers: 0, reordered: 0, rate: null };
}

function count(r: ReorderRate, reordered: boolean): void {
	r.customers++;
	if (reordered) r.reordered++;
}

function byRevenueDescending(revenue: number[]): Uint32Array {
	const order = Uint32Array.from(revenue.keys());
	return order.sort((a, b) => (revenue[b] as number) - (revenue[a] as number));
}

function sum(values: number[]): number {
	let total = 0;
	for (const v of values) total += v;
	return total;
}

function share(part: number, whole: number): number {
	return whole > 0 ? round4(part / whole) : 0;
}

function round4(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}

function points(x: number): number {
	return Math.round(x * 1000) / 10;
}

function cents(x: number): number {
	return Math.round(x * 100) / 100;
}
