import { FUTURE_GRACE_DAYS, parseDay } from "./dates";
import { toUsdOrNaN } from "./fx";
import { tradeAssuranceOrders } from "./platform-record";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

/** The trailing window of current value, in days. */
export const YEAR_DAYS = 365;

/** What the engine reads from one customer's orders and interactions, once. */
export interface CustomerFeatures {
	/** Trailing-12-month revenue in USD, cancellations and credit notes subtracted, never below 0. */
	revenue12mUsd: number;
	/** Purchases (positive, not cancelled) in the trailing 12 months. */
	orders12m: number;
	/** Days since the last purchase; null when the customer never bought. */
	daysSinceLastOrder: number | null;
	/** Distinct purchase days (day numbers), ascending: the re-order rhythm for churn. */
	orderDays: number[];
	/** Currencies without a rate: those orders are left out rather than mixed in unconverted. */
	unknownCurrencies: string[];
	/** Buyer engagement in the last window and in the window before (inbound 1, direction unknown ½). */
	engagementRecent: number;
	engagementPrevious: number;
	hasInteractions: boolean;
}

export function extractFeatures(
	input: ScoringInput,
	settings: ScoringSettings,
	nowDay: number,
): CustomerFeatures {
	const features: CustomerFeatures = {
		revenue12mUsd: 0,
		orders12m: 0,
		daysSinceLastOrder: null,
		orderDays: [],
		unknownCurrencies: [],
		engagementRecent: 0,
		engagementPrevious: 0,
		hasInteractions: input.interactions.length > 0,
	};
	readOrders(input, settings, nowDay, features);
	// No orders recorded here: the platform's own record of Trade Assurance orders with us stands in.
	const platform = features.orders12m === 0 ? tradeAssuranceOrders(input.platform) : null;
	if (platform) {
		features.revenue12mUsd = platform.revenueUsd;
		features.orders12m = platform.orders;
		features.daysSinceLastOrder = platform.daysSinceLastOrder;
	}
	readInteractions(input, settings.engagementWindowDays, nowDay, features);
	return features;
}

function readOrders(
	input: ScoringInput,
	settings: ScoringSettings,
	nowDay: number,
	out: CustomerFeatures,
): void {
	let revenue = 0;
	let last = Number.NEGATIVE_INFINITY;
	let ascending = true;
	let descending = true;
	const days = out.orderDays;
	for (const order of input.orders) {
		const written = parseDay(order.date);
		if (!(written <= nowDay + FUTURE_GRACE_DAYS) || !Number.isFinite(order.amount)) continue;
		const day = Math.min(written, nowDay);
		const usd = toUsdOrNaN(order.amount, order.currency, order.date, settings.fx);
		if (Number.isNaN(usd)) {
			const code = order.currency.toUpperCase();
			if (!out.unknownCurrencies.includes(code)) out.unknownCurrencies.push(code);
			continue;
		}
		// A cancelled order takes its amount off whichever sign it was recorded with (credit notes
		// arrive negative, a cancelled original positive), so both conventions reduce revenue.
		const value = order.cancelled ? -Math.abs(usd) : usd;
		const inYear = nowDay - day < YEAR_DAYS;
		if (inYear) revenue += value;
		if (value <= 0) continue;
		if (inYear) out.orders12m++;
		if (day > last) last = day;
		const previous = days[days.length - 1];
		if (previous !== undefined) {
			if (day < previous) ascending = false;
			if (day > previous) descending = false;
		}
		days.push(day);
	}
	// To the cent: the team pass reads orders aggregated by SQL and a single re-score reads them one by
	// one, in another order; unrounded, the sums differ in the last bits, and a customer standing exactly
	// on a percentile cut-off (potential reads revenue too) could fall on either side of it.
	out.revenue12mUsd = Math.max(Math.round(revenue * 100) / 100, 0);
	if (last > Number.NEGATIVE_INFINITY) out.daysSinceLastOrder = nowDay - last;
	// Stored orders usually come newest first or oldest first: no sort needed for either.
	if (!ascending) {
		if (descending) days.reverse();
		else days.sort((a, b) => a - b);
	}
	dedupeSorted(days);
}

function dedupeSorted(days: number[]): void {
	let w = 0;
	for (let r = 0; r < days.length; r++) {
		if (r === 0 || days[r] !== days[w - 1]) days[w++] = days[r] as number;
	}
	days.length = w;
}

function readInteractions(input: ScoringInput, window: number, nowDay: number, out: CustomerFeatures): void {
	for (const interaction of input.interactions) {
		if (interaction.direction === "outbound") continue; // our own messages are not the buyer's engagement
		const written = parseDay(interaction.date);
		if (!(written <= nowDay + FUTURE_GRACE_DAYS)) continue;
		const age = written > nowDay ? 0 : nowDay - written;
		const amount = interaction.direction === "inbound" ? 1 : 0.5;
		if (age < window) out.engagementRecent += amount;
		else if (age < 2 * window) out.engagementPrevious += amount;
	}
}
