/**
 * When a buyer wants the goods, as a calendar day (YYYY-MM-DD): "January 20", "20 Jan 2027",
 * "end of March", "2027-01-20", "1月20日", "15 de marzo", "within 30 days", "45天", "6 semanas".
 * A date without a year is its next occurrence after `now`; slashed dates are read only when
 * unambiguous (a part above 12). Anything else → undefined (never guessed).
 */

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	oct: 10,
	nov: 11,
	dec: 12,
	sept: 9,
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12,
	ene: 1,
	abr: 4,
	ago: 8,
	dic: 12,
	enero: 1,
	febrero: 2,
	marzo: 3,
	abril: 4,
	mayo: 5,
	junio: 6,
	julio: 7,
	agosto: 8,
	septiembre: 9,
	setiembre: 9,
	octubre: 10,
	noviembre: 11,
	diciembre: 12,
};
const MONTH = "([a-z]{3,10})\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s*(\\d{4}))?";

const UNIT_DAYS: Array<[RegExp, number]> = [
	[/^(?:days?|d[ií]as?|天|日)$/i, 1],
	[/^(?:weeks?|semanas?|周|个?星期)$/i, 7],
	[/^(?:months?|meses|mes|个月)$/i, 30],
];

export function parseDeliveryDate(phrase: string, now: Date): string | undefined {
	const text = phrase.normalize("NFKC").toLowerCase().trim();
	const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
	if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const zh = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/.exec(text);
	if (zh) return withYear(zh[1], Number(zh[2]), Number(zh[3]), now);
	const monthFirst = new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`).exec(text);
	if (monthFirst && isMonth(monthFirst[1]))
		return withYear(monthFirst[3], monthOf(monthFirst[1]), Number(monthFirst[2]), now);
	const dayFirst = new RegExp(`\\b${DAY}\\s+(?:of\\s+|de\\s+)?${MONTH}(?:\\s+de)?${YEAR}`).exec(text);
	if (dayFirst && isMonth(dayFirst[2]))
		return withYear(dayFirst[3], monthOf(dayFirst[2]), Number(dayFirst[1]), now);
	const endOf = new RegExp(`(?:end of|finales de|fin de)\\s+${MONTH}${YEAR}`).exec(text);
	if (endOf && isMonth(endOf[1])) {
		const month = monthOf(endOf[1]);
		return withYear(endOf[2], month, daysIn(month, Number(endOf[2] ?? now.getUTCFullYear())), now);
	}
	const slashed = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
	if (slashed) {
		const [a, b] = [Number(slashed[1]), Number(slashed[2])];
		if (a > 12 && b <= 12) return day(Number(slashed[3]), b, a);
		if (b > 12 && a <= 12) return day(Number(slashed[3]), a, b);
		return undefined;
	}
	const span = /(\d+)\s*([a-z\u00e0-\u00ff]+|天|日|周|个?星期|个月)/i.exec(text);
	const perUnit = span ? UNIT_DAYS.find(([unit]) => unit.test(span[2] ?? ""))?.[1] : undefined;
	if (span && perUnit !== undefined) {
		const date = new Date(now.getTime() + Number(span[1]) * perUnit * 86_400_000);
		return date.toISOString().slice(0, 10);
	}
	return undefined;
}

function isMonth(word: string | undefined): word is string {
	return word !== undefined && MONTHS[word] !== undefined;
}

function monthOf(word: string): number {
	return MONTHS[word] ?? 0;
}

function daysIn(month: number, year: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function withYear(year: string | undefined, month: number, date: number, now: Date): string | undefined {
	if (year !== undefined) return day(Number(year), month, date);
	const thisYear = now.getUTCFullYear();
	const candidate = day(thisYear, month, date);
	if (candidate === undefined) return undefined;
	return candidate >= now.toISOString().slice(0, 10) ? candidate : day(thisYear + 1, month, date);
}

function day(year: number, month: number, date: number): string | undefined {
	const value = new Date(Date.UTC(year, month - 1, date));
	if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== date) return undefined;
	return value.toISOString().slice(0, 10);
}
