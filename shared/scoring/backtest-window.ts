import { DAY_MS, parseDay } from "./dates";
import { extractFeatures } from "./features";
import { toUsdOrNaN } from "./fx";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

/**
 * The two sides of a backtest: what was known at the end of `asOf` (orders and interactions dated on or
 * before it) and the outcome window, the days after it up to and including the same date `months`
 * later (2010-06-09 + 6 → 2010-06-10 … 2010-12-09; a month-end clamps: 2010-08-31 + 1 → 2010-09-30).
 */
export interface BacktestWindow {
	asOf: string;
	months: number;
	/** The last day of the outcome window, YYYY-MM-DD. */
	end: string;
	asOfDay: number;
	endDay: number;
}

export function backtestWindow(asOf: string, months: number): BacktestWindow {
	const asOfDay = parseDay(asOf);
	if (!Number.isFinite(asOfDay) || asOf.length !== 10) throw new RangeError(`asOf is not a date: ${asOf}`);
	if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number ≥ 1`);
	const endDay = addMonths(asOfDay, months);
	return { asOf, months, end: isoDay(endDay), asOfDay, endDay };
}

/** The same day of the month `months` later, or that month's last day when it is shorter. */
function addMonths(day: number, months: number): number {
	const d = new Date(day * DAY_MS);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + months;
	const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfMonth)) / DAY_MS;
}

export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The end of the asOf day: the "now" the team is scored at. */
export function asOfInstant(window: BacktestWindow): Date {
	return new Date((window.asOfDay + 1) * DAY_MS - 1);
}

/** What happened in the outcome window. */
export interface BacktestOutcome {
	/** Revenue in the window in USD, cancellations and credit notes subtracted, never below 0. */
	revenueUsd: number;
	/** At least one purchase (positive, not cancelled) in the window. */
	reordered: boolean;
}

/** One customer as known at asOf, and what followed. */
export interface SplitCustomer {
	/** Only what was dated on or before asOf: the input the team is scored with. */
	known: ScoringInput;
	outcome: BacktestOutcome;
	/** Purchases on at least two days by asOf: the repeat buyers whose churn flag is checked. */
	repeatBuyer: boolean;
	/** Known at asOf: it had an order or interaction by then, or was created by then. */
	existed: boolean;
}

/**
 * Splits one customer's history at asOf. `createdOn` (YYYY-MM-DD…) is when the record was made, if
 * known: an imported old ledger is created today but existed as of its first order, a captured lead
 * without orders existed from its creation. Cancelled orders count as the engine counts them
 * (features.ts): their amount comes off whatever its sign.
 */
export function splitAtAsOf(
	input: ScoringInput,
	window: BacktestWindow,
	settings: ScoringSettings,
	createdOn?: string,
): SplitCustomer {
	const known: ScoringInput = { ...input, orders: [], interactions: [] };
	let revenue = 0;
	let reordered = false;
	for (const order of input.orders) {
		const day = parseDay(order.date);
		if (day <= window.asOfDay) known.orders.push(order);
		else if (day <= window.endDay && Number.isFinite(order.amount)) {
			const usd = toUsdOrNaN(order.amount, order.currency, order.date, settings.fx);
			if (Number.isNaN(usd)) continue;
			const value = order.cancelled ? -Math.abs(usd) : usd;
			revenue += value;
			if (value > 0) reordered = true;
		}
	}
	for (const interaction of input.interactions) {
		if (parseDay(interaction.date) <= window.asOfDay) known.interactions.push(interaction);
	}
	const features = extractFeatures(known, settings, window.asOfDay);
	const created = createdOn === undefined ? Number.NaN : parseDay(createdOn);
	return {
		known,
		outcome: { revenueUsd: Math.max(0, revenue), reordered },
		repeatBuyer: features.orderDays.length >= 2,
		existed: known.orders.length > 0 || known.interactions.length > 0 || created <= window.asOfDay,
	};
}
