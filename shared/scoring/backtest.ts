import { type BacktestReport, BacktestTally } from "./backtest-tally";
import { asOfInstant, type BacktestWindow, backtestWindow, splitAtAsOf } from "./backtest-window";
import { BaselineBuilder, type TeamBaseline } from "./baseline";
import { scoreCustomer } from "./score-customer";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

export type { BacktestReport };

/** A customer's whole history (orders after asOf are the outcome) and, if known, when it was created. */
export interface BacktestCustomer {
	input: ScoringInput;
	createdOn?: string;
}

/**
 * A backtest over a team streamed twice, page by page (a Worker cannot hold a large team): the first
 * pass builds the baseline as of asOf, the second scores each customer against it and tallies what
 * followed. Both passes must see the same customers. Nothing dated after asOf reaches a score.
 */
export class Backtest {
	readonly window: BacktestWindow;
	private readonly builder: BaselineBuilder;
	private readonly now: Date;
	private baseline: TeamBaseline | null = null;
	private readonly tally: BacktestTally;

	constructor(
		private readonly settings: ScoringSettings,
		asOf: string,
		months: number,
	) {
		this.window = backtestWindow(asOf, months);
		this.now = asOfInstant(this.window);
		this.builder = new BaselineBuilder(settings, this.now);
		this.tally = new BacktestTally(this.window);
	}

	/** First pass: the team as it stood at asOf, for the baseline. */
	addToBaseline(customer: BacktestCustomer): void {
		const split = splitAtAsOf(customer.input, this.window, this.settings, customer.createdOn);
		if (split.existed) this.builder.add(split.known);
	}

	/** Second pass: the customer's tier and churn at asOf, and what it brought afterwards. */
	score(customer: BacktestCustomer): void {
		this.baseline ??= this.builder.finish();
		const split = splitAtAsOf(customer.input, this.window, this.settings, customer.createdOn);
		if (!split.existed) {
			this.tally.addNewCustomer(split.outcome);
			return;
		}
		const score = scoreCustomer(split.known, this.settings, this.now, this.baseline);
		this.tally.add({
			tier: score.tier,
			severity: score.churn.severity,
			revenue12mUsd: score.explanation.revenue12mUsd,
			repeatBuyer: split.repeatBuyer,
			outcome: split.outcome,
		});
	}

	finish(): BacktestReport {
		return this.tally.finish();
	}
}

/**
 * Scores the team as it stood at the end of `asOf` with `settings`, then checks the tiers and churn
 * flags against the following `months`: next-window revenue per tier against the same number of
 * customers ranked by past 12-month revenue, and the re-order rate of flagged repeat buyers against
 * unflagged ones.
 */
export function backtest(
	customers: BacktestCustomer[],
	settings: ScoringSettings,
	asOf: string,
	months: number,
): BacktestReport {
	const run = new Backtest(settings, asOf, months);
	for (const c of customers) run.addToBaseline(c);
	for (const c of customers) run.score(c);
	return run.finish();
}
