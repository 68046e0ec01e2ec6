import { type BacktestReport, BacktestTally } from "./backtest-tally";
import { asOfInstant, backtestWindow, type SplitCustomer, splitAtAsOf } from "./backtest-window";
import { scoreTeam } from "./score-team";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

export type { BacktestReport };

/** A customer's whole history (orders after asOf are the outcome) and, if known, when it was created. */
export interface BacktestCustomer {
	input: ScoringInput;
	createdOn?: string;
}

/**
 * Scores the team as it stood at the end of `asOf` with `settings`, then checks the tiers and churn
 * flags against the following `months`: revenue per tier against ranking by past revenue, and the
 * re-order rate of flagged repeat buyers against unflagged ones. Nothing after asOf reaches the scores.
 * In memory; the worker streams the same steps (splitAtAsOf, BaselineBuilder, BacktestTally) page by page.
 */
export function backtest(
	customers: BacktestCustomer[],
	settings: ScoringSettings,
	asOf: string,
	months: number,
): BacktestReport {
	const window = backtestWindow(asOf, months);
	const tally = new BacktestTally(window);
	const team: SplitCustomer[] = [];
	for (const c of customers) {
		const split = splitAtAsOf(c.input, window, settings, c.createdOn);
		if (split.existed) team.push(split);
		else tally.addNewCustomer(split.outcome);
	}
	const { scores } = scoreTeam(
		team.map((c) => c.known),
		settings,
		asOfInstant(window),
	);
	team.forEach((c, i) => {
		const score = scores[i];
		if (!score) return;
		tally.add({
			tier: score.tier,
			severity: score.churn.severity,
			revenue12mUsd: score.explanation.revenue12mUsd,
			repeatBuyer: c.repeatBuyer,
			outcome: c.outcome,
		});
	});
	return tally.finish();
}
