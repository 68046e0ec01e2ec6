import { z } from "zod";

/** One dated rate: from `since` (YYYY-MM-DD) on, 1 USD buys `perUsd` units of the currency. */
export interface FxRate {
	since: string;
	perUsd: number;
}

/**
 * Dated exchange rates with USD as the base, per ISO 4217 code, each list sorted by `since` ascending
 * (the settings schema sorts them). USD itself is implicit.
 */
export type FxTable = Record<string, FxRate[]>;

export class UnknownCurrencyError extends Error {
	readonly currency: string;
	constructor(currency: string) {
		super(`No exchange rate for currency "${currency}"; add it to the team's fx table`);
		this.name = "UnknownCurrencyError";
		this.currency = currency;
	}
}

/**
 * Converts an amount to USD with the rate in force on `date` (the latest rate whose `since` is on or
 * before the date; dates before the first rate use the first). Throws UnknownCurrencyError.
 */
export function toUsd(amount: number, currency: string, date: string, fx: FxTable): number {
	const usd = toUsdOrNaN(amount, currency, date, fx);
	if (Number.isNaN(usd) && !Number.isNaN(amount)) throw new UnknownCurrencyError(currency.toUpperCase());
	return usd;
}

/** toUsd without the throw, for the engine's hot loop: NaN when the currency has no rate. */
export function toUsdOrNaN(amount: number, currency: string, date: string, fx: FxTable): number {
	const code = currency.length === 3 ? currency.toUpperCase() : "";
	if (code === "USD") return amount;
	const rates = Object.hasOwn(fx, code) ? fx[code] : undefined;
	if (!rates || rates.length === 0) return Number.NaN;
	return amount / rateOn(rates, date.slice(0, 10)).perUsd;
}

function rateOn(rates: FxRate[], day: string): FxRate {
	let lo = 0;
	let hi = rates.length - 1;
	// Binary search for the last rate with since <= day (ISO dates compare as strings).
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((rates[mid] as FxRate).since <= day) lo = mid;
		else hi = mid - 1;
	}
	return rates[lo] as FxRate;
}

const fxRateSchema = z.strictObject({
	since: z.iso.date({ error: "since must be a date, YYYY-MM-DD" }),
	perUsd: z
		.number({ error: "perUsd must be a number" })
		.positive("perUsd must be above 0")
		.max(10_000_000, "perUsd must be at most 10,000,000"),
});

/** Validates an fx table; sorts each currency's rates by date and rejects two rates on one date. */
export const fxTableSchema = z
	.record(
		z.string().regex(/^[A-Z]{3}$/, "currency codes are 3 capital letters, e.g. EUR"),
		z.array(fxRateSchema).min(1, "give at least one rate").max(400, "at most 400 rates per currency"),
	)
	.superRefine((table, ctx) => {
		if (Object.keys(table).length > 300) ctx.addIssue({ code: "custom", message: "at most 300 currencies" });
		for (const [code, rates] of Object.entries(table)) {
			const seen = new Set<string>();
			rates.forEach((rate, i) => {
				if (seen.has(rate.since))
					ctx.addIssue({
						code: "custom",
						path: [code, i, "since"],
						message: `two ${code} rates on ${rate.since}`,
					});
				seen.add(rate.since);
			});
		}
	})
	.transform((table): FxTable => {
		const sorted: FxTable = {};
		for (const [code, rates] of Object.entries(table)) {
			sorted[code] = [...rates].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
		}
		return sorted;
	});
