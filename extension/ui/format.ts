import { intlLocale, t } from "../i18n";

export function formatDate(iso: string | null | undefined): string {
	if (!iso) return "";
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "medium" }).format(date);
}

/** A calendar day ("2026-12-08") as written, whatever the browser's zone: "Dec 8, 2026", "2026年12月8日". */
export function formatDay(day: string): string {
	const date = new Date(`${day.slice(0, 10)}T12:00:00`);
	if (Number.isNaN(date.getTime())) return day;
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "medium" }).format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
	if (!iso) return "";
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** "5 minutes ago", "3 天前": for sync times and last interactions. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
	if (!iso) return "";
	const then = Date.parse(iso);
	if (Number.isNaN(then)) return iso;
	const seconds = Math.round((then - now) / 1000);
	const format = new Intl.RelativeTimeFormat(intlLocale(), { numeric: "auto" });
	const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
		["year", 31_536_000],
		["month", 2_592_000],
		["day", 86_400],
		["hour", 3_600],
		["minute", 60],
	];
	for (const [unit, size] of steps) {
		if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
	}
	// Intl says "now" / "现在", which reads oddly after "last synced"; "just now" / "刚刚" does not.
	return t("time.justNow");
}

export function formatMoney(amount: number, currency: string): string {
	try {
		return new Intl.NumberFormat(intlLocale(), {
			style: "currency",
			currency,
			maximumFractionDigits: 0,
		}).format(amount);
	} catch {
		return `${amount} ${currency}`;
	}
}

export function formatScore(value: number): string {
	return String(Math.round(value));
}

export function formatNumber(value: number): string {
	return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 2 }).format(value);
}

/** "DE" → "Germany" / "德国"; anything that is not a two-letter region code stays as it is. */
export function formatCountry(code: string): string {
	if (!/^[A-Za-z]{2}$/.test(code)) return code;
	try {
		return (
			new Intl.DisplayNames(intlLocale(), { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code
		);
	} catch {
		return code;
	}
}

/**
 * A large amount, shortened the way the UI's language says it: "$1.2M" in English, "US$12万" in
 * Chinese (万 and 亿, not thousands and millions). Below 10,000 it is written in full.
 */
export function formatAmount(amount: number, currency: string): string {
	if (Math.abs(amount) < 10_000) return formatMoney(amount, currency);
	try {
		return new Intl.NumberFormat(intlLocale(), {
			style: "currency",
			currency,
			notation: "compact",
			maximumFractionDigits: 1,
		}).format(amount);
	} catch {
		return formatMoney(amount, currency);
	}
}

/** A count, shortened when large: "12.5K", "1.3万". */
export function formatCount(value: number): string {
	if (Math.abs(value) < 10_000) return formatNumber(value);
	return new Intl.NumberFormat(intlLocale(), { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A share (0–1) as a percentage: "42.5%". */
export function formatPercent(share: number): string {
	return new Intl.NumberFormat(intlLocale(), { style: "percent", maximumFractionDigits: 1 }).format(share);
}
