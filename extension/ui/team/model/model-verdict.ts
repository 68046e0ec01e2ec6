import type { BacktestReport } from "../../../../shared/scoring/backtest-tally";
import type { MessageKey, MessageParams } from "../../../i18n";

/** A sentence to translate: its key and raw parameters (the view formats numbers and dates). */
export interface Sentence {
	key: MessageKey;
	params: MessageParams;
}

/** A lift this close to 0 (in points, as the report rounds them) reads as "the same". */
const SAME_WITHIN_POINTS = 0.05;

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of `day` (a UTC day number). */
function iso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the month `months` earlier (the month's last day when shorter), YYYY-MM-DD. */
export function monthsBefore(date: string, months: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() - months;
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return iso(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/** The latest as-of date whose window of `months` has passed by `today`: its last day is today or before. */
export function latestAsOf(today: string, months: number): string {
	return monthsBefore(today, months);
}

/** The first day of the outcome window: the day after asOf. */
export function windowStart(asOf: string): string {
	return iso(Date.parse(`${asOf}T00:00:00Z`) / DAY_MS + 1);
}

/**
 * What the check says in words, or why there is nothing to say: no orders by the as-of date (too little
 * history for the window) or no revenue in the window.
 */
export type Verdict =
	| { kind: "tooLittle"; sentence: Sentence }
	| { kind: "verdict"; tiers: Sentence; group: Sentence; churn: Sentence };

export function verdictOf(report: BacktestReport): Verdict {
	const start = windowStart(report.asOf);
	const end = report.windowEnd;
	if (report.customers === 0 || report.revenue12mUsd === 0)
		return { kind: "tooLittle", sentence: { key: "modelCheck.noHistory", params: { date: report.asOf } } };
	if (report.nextRevenueUsd === 0)
		return { kind: "tooLittle", sentence: { key: "modelCheck.noNextRevenue", params: { start, end } } };
	const high = report.comparisons.find((c) => c.group === "platinumGold");
	const lift = high?.liftPoints ?? 0;
	const key: MessageKey =
		Math.abs(lift) < SAME_WITHIN_POINTS
			? "modelCheck.verdict.same"
			: lift > 0
				? "modelCheck.verdict.better"
				: "modelCheck.verdict.worse";
	const { flagged, unflagged } = report.churn;
	return {
		kind: "verdict",
		tiers: {
			key,
			params: {
				share: high?.modelShare ?? 0,
				ranking: high?.rankingShare ?? 0,
				points: Math.abs(lift),
				start,
				end,
			},
		},
		group: {
			key: "modelCheck.verdict.group",
			params: { customers: high?.customers ?? 0, total: report.customers, date: report.asOf },
		},
		churn:
			flagged.customers > 0 && flagged.rate !== null && unflagged.rate !== null
				? { key: "modelCheck.churn.verdict", params: { flagged: flagged.rate, unflagged: unflagged.rate } }
				: { key: "modelCheck.churn.none", params: { date: report.asOf } },
	};
}
