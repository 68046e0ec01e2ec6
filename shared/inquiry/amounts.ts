/**
 * Amounts as buyers and platforms write them: "5,000 Piece/Pieces", "500件", "5.000 piezas",
 * "10k pcs", "2万件"; "US $8.50 / Piece", "8,5 EUR", "目标价：USD 12". Used by the Alibaba
 * labelled fields and by the inquiry reader (shared/inquiry/read-inquiry.ts).
 */

/** 1,234 / 1，234 / 1.234 (thousands) / 12 / 12.5, then an optional k or 万. */
const NUMBER =
	/(\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+)(?:\.(\d+))?\s*([kK](?![a-zA-Z])|万)?/;

function clean(value: string): string {
	return value.normalize("NFKC").replace(/\s+/g, " ").trim();
}

function numberOf(match: RegExpExecArray, multiplier = true): number | null {
	const whole = (match[1] ?? "").replace(/[,，.]/g, "");
	const value = Number(`${whole}${match[2] ? `.${match[2]}` : ""}`);
	if (!Number.isFinite(value)) return null;
	const factor = !multiplier ? 1 : match[3] === "万" ? 10_000 : match[3] ? 1_000 : 1;
	return Math.round(value * factor * 1e6) / 1e6;
}

/** "20 Set/Sets" → 20 and "Set/Sets"; "5,000 Piece/Pieces"; "500件"; "5.000 piezas" → 5000. */
export function parseQuantity(text: string): { quantity: number; unit?: string } | null {
	const cleaned = clean(text);
	const match = NUMBER.exec(cleaned);
	if (match === null) return null;
	const quantity = numberOf(match);
	if (quantity === null) return null;
	const unit = cleaned
		.slice(match.index + match[0].length)
		.replace(/^[\s:：]+/, "")
		.split(/[,;，；。()]/)[0]
		?.trim()
		.slice(0, 50);
	return unit ? { quantity, unit } : { quantity };
}

const CURRENCIES: Array<[RegExp, string]> = [
	[/US\s?\$|USD|美元|d[oó]lares/i, "USD"],
	[/EUR|€|欧元|euros?/i, "EUR"],
	[/GBP|£/i, "GBP"],
	[/AED|درهم/i, "AED"],
	[/MXN|MX\$/i, "MXN"],
	[/RMB|CNY|人民币|元/i, "CNY"],
	[/¥|JPY/i, "JPY"],
	[/\$/, "USD"],
];

/** The first amount of a price or range, and its currency when one is written. */
export function parsePrice(text: string): { amount: number; currency?: string } | null {
	const cleaned = clean(text).replace(/(\d),(\d{1,2})(?!\d)/, "$1.$2");
	const match = NUMBER.exec(cleaned);
	if (match === null) return null;
	const amount = numberOf(match, false);
	if (amount === null) return null;
	const currency = CURRENCIES.find(([pattern]) => pattern.test(cleaned))?.[1];
	return currency ? { amount, currency } : { amount };
}
