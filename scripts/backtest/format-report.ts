import type { BacktestReport } from "../../shared/scoring/backtest";
import type { ReorderRate } from "../../shared/scoring/backtest-tally";
import { tierLabel } from "../../shared/scoring/tiers";

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const usd = (x: number) => `$${Math.round(x).toLocaleString("en-US")}`;
const signed = (points: number) => `${points >= 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} points`;
const rate = (r: ReorderRate) => `${pct(r.rate)} of ${r.customers.toLocaleString("en-US")}`;

/** The report as text: the tiers, the comparison with ranking by past revenue, churn and a verdict. */
export function formatBacktest(r: BacktestReport): string {
	const lines = [
		`Backtest: the team as of ${r.asOf} (model ${r.modelVersion}), against the next ${r.months} months (to ${r.windowEnd})`,
		`${r.customers.toLocaleString("en-US")} customers then; ${usd(r.nextRevenueUsd)} of revenue afterwards, ${pct(
			r.nextRevenueUsd > 0 ? r.newCustomersNextRevenueUsd / r.nextRevenueUsd : 0,
		)} of it from customers first seen later`,
		"",
		`${"tier".padEnd(10)}${"customers".padStart(11)}${"share".padStart(8)}${"12-month rev.".padStart(15)}${"next months".padStart(13)}`,
		...r.tiers.map(
			(t) =>
				`${tierLabel(t.tier, "metal", "en").padEnd(10)}${String(t.customers).padStart(11)}${pct(t.customerShare).padStart(8)}${pct(t.revenue12mShare).padStart(15)}${pct(t.nextRevenueShare).padStart(13)}`,
		),
		"",
		...r.comparisons.map(
			(c) =>
				`${c.group === "platinum" ? "Platinum" : "Platinum ∪ Gold"} brought ${pct(c.modelShare)}; the top ${c.customers} by past 12-month revenue ${pct(c.rankingShare)} (${signed(c.liftPoints)})`,
		),
		`Repeat buyers (${r.churn.repeatBuyers}) who bought again: flagged ${rate(r.churn.flagged)} (watch ${rate(
			r.churn.bySeverity.watch,
		)}, warning ${rate(r.churn.bySeverity.warning)}, critical ${rate(r.churn.bySeverity.critical)}); not flagged ${rate(r.churn.unflagged)}${
			r.churn.ratio === null ? "" : ` — ${r.churn.ratio.toFixed(2)}×`
		}`,
		"",
		verdict(r),
	];
	return lines.join("\n");
}

/** The plain-language verdict: do the tiers beat the plain ranking, and does the churn flag separate? */
export function verdict(r: BacktestReport): string {
	const high = r.comparisons.find((c) => c.group === "platinumGold");
	const tiers =
		!high || high.customers === 0
			? "No customer was in Platinum or Gold, so the tiers cannot be checked."
			: high.liftPoints >= 1
				? `The tiers predicted better than ranking by past revenue (${signed(high.liftPoints)}).`
				: high.liftPoints > -1
					? "The tiers predicted about as well as ranking by past revenue."
					: `The tiers predicted worse than ranking by past revenue (${signed(high.liftPoints)}).`;
	const ratio = r.churn.ratio;
	const churn =
		ratio === null
			? "Too few flagged and unflagged repeat buyers to check the churn warning."
			: ratio <= 0.6
				? `Flagged buyers re-ordered far less often (${ratio.toFixed(2)}×): the churn warning is worth acting on.`
				: ratio < 1
					? `Flagged buyers re-ordered somewhat less often (${ratio.toFixed(2)}×): the churn warning separates, weakly.`
					: `Flagged buyers re-ordered as often as the others (${ratio.toFixed(2)}×): the churn warning did not separate.`;
	return `${tiers} ${churn}`;
}
