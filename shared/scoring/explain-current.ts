import type { CurrentSubscores } from "./current-value";
import type { CustomerFeatures } from "./features";
import { type Described, described, msg } from "./message";
import { usd } from "./money-text";
import type { Message } from "./types";

/** Recency, frequency and revenue in words, with the rank among the team's buyers in percentile mode. */
export function currentDetails(f: CustomerFeatures, sub: CurrentSubscores, ranked: boolean): Described[] {
	const rankOf = (s: number) => (ranked && s > 0 ? Math.round(s * 100) : null);
	return [
		recencyDetail(f.daysSinceLastOrder, rankOf(sub[0])),
		frequencyDetail(f.orders12m, rankOf(sub[1])),
		revenueDetail(f.revenue12mUsd, f.unknownCurrencies, rankOf(sub[2])),
	];
}

function rankText(percent: number | null): string {
	return percent === null ? "" : ` (at or above ${percent}% of the team's buyers)`;
}

function rankNote(percent: number | null): Message[] {
	return percent === null ? [] : [msg("scoring.note.rank", { percent })];
}

function recencyDetail(days: number | null, rank: number | null): Described {
	if (days === null) return described("No order yet", msg("scoring.recency.none"));
	const message = days === 0 ? msg("scoring.recency.today") : msg("scoring.recency.daysAgo", { days });
	return described(
		`Last order ${days === 0 ? "today" : `${days} days ago`}${rankText(rank)}`,
		message,
		rankNote(rank),
	);
}

function frequencyDetail(count: number, rank: number | null): Described {
	return described(
		`${count} order${count === 1 ? "" : "s"} in the last 12 months${rankText(rank)}`,
		msg("scoring.frequency", { count }),
		rankNote(rank),
	);
}

function revenueDetail(revenueUsd: number, unknownCurrencies: string[], rank: number | null): Described {
	const notes = rankNote(rank);
	let fx = "";
	if (unknownCurrencies.length > 0) {
		const currencies = unknownCurrencies.join(", ");
		fx = `; orders in ${currencies} left out: no exchange rate`;
		notes.push(msg("scoring.note.fxLeftOut", { currencies: unknownCurrencies.join(",") }));
	}
	return described(
		`${usd(revenueUsd)} in the last 12 months${rankText(rank)}${fx}`,
		msg("scoring.revenue", { amountUsd: Math.round(revenueUsd) }),
		notes,
	);
}
