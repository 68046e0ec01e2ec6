import { alibabaCountryCode } from "./country";

/** NFKC, whitespace collapsed, trimmed. */
export function cleanText(value: string): string {
	return value.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/**
 * An international number as shown ("+971 50 123 4567", "00971-50-1234567", "tel:+52…",
 * "wa.me/5218112345678") → "+" and its digits; anything without a country prefix → null (never
 * guessed). Kept light on purpose: the API validates and normalises numbers with full metadata,
 * and the in-page bundle stays free of libphonenumber.
 */
export function internationalPhone(shown: string): string | null {
	const text = cleanText(shown).replace(/^tel:/i, "");
	const link = /(?:wa\.me\/|[?&]phone=)\+?(\d{8,15})\b/i.exec(text);
	if (link?.[1] !== undefined) return `+${link[1]}`;
	const match = /^(?:\+|00)\s*(\d[\d\s().-]{5,24}\d)$/.exec(text);
	if (match?.[1] === undefined) return null;
	const digits = match[1].replace(/\D/g, "");
	return digits.length >= 8 && digits.length <= 15 && !digits.startsWith("0") ? `+${digits}` : null;
}

/** Masked on the page ("m***@gmail.com", "+971 50 *** 4567", "138****8000"): keep as shown, never complete. */
export function isMasked(value: string): boolean {
	return /[*＊•●]|x{3,}/i.test(value);
}

export { parsePrice, parseQuantity } from "../../../shared/inquiry/amounts";

/** The first whole number in the text ("28", "Inquiries sent: 28", "28 次"). */
export function parseCount(text: string): number | null {
	const match = /\d{1,3}(?:[,，]\d{3})+|\d+/.exec(cleanText(text));
	return match ? Number(match[0].replace(/[,，]/g, "")) : null;
}

/**
 * Years on the platform: "3 years", "3 yrs", "3年", "Member since 2021", or a registration date
 * ("2019-03-12", what 注册时间 / Registration Time holds) counted to `now`.
 */
export function parseYears(text: string, now: Date = new Date()): number | null {
	const cleaned = cleanText(text);
	const date = parseAbsoluteDate(cleaned);
	if (date !== null) return yearsSince(new Date(date), now);
	const years = /(\d{1,2})\s*(?:\+\s*)?(?:years?|yrs?|年)/i.exec(cleaned);
	if (years?.[1] !== undefined) return Number(years[1]);
	const since = /(?:since|自|始于)\s*(\d{4})/i.exec(cleaned);
	if (since?.[1] !== undefined) {
		const diff = now.getFullYear() - Number(since[1]);
		return diff >= 0 && diff <= 100 ? diff : null;
	}
	return null;
}

/** Whole years from a date to `now` (null for a date in the future or a century ago). */
export function yearsSince(date: Date, now: Date): number | null {
	const years = Math.floor((now.getTime() - date.getTime()) / (365.2425 * 86_400_000));
	return Number.isFinite(years) && years >= 0 && years <= 100 ? years : null;
}

/** What the page shows for a value the buyer hid: "-1", "-", "--", "—". */
export function isHidden(value: string): boolean {
	return /^(?:-1|-+|—+|\/)$/.test(cleanText(value));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * An absolute date the page showed ("2026-11-20 09:12", "2026/11/20", "2026年11月20日 09:12",
 * "Nov 20, 2026 09:12", "20 Nov 2026"), read as the browser's local time → ISO 8601.
 * Relative dates ("17 minutes before") give null: they stay as text.
 */
export function parseAbsoluteDate(text: string): string | null {
	const cleaned = cleanText(text);
	const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(cleaned);
	const [hour, minute, second] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
	const ymd = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(cleaned);
	const mdy = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(cleaned);
	const dmy = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(cleaned);
	let parts: [number, number, number] | null = null;
	if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
	else if (mdy) parts = [Number(mdy[3]), MONTHS.indexOf((mdy[1] ?? "").toLowerCase()) + 1, Number(mdy[2])];
	else if (dmy) parts = [Number(dmy[3]), MONTHS.indexOf((dmy[2] ?? "").toLowerCase()) + 1, Number(dmy[1])];
	if (parts === null) return null;
	const [year, month, day] = parts;
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
	const date = new Date(year, month - 1, day, hour, minute, second);
	return date.getMonth() === month - 1 ? date.toISOString() : null;
}

/** ISO alpha-2 from a country as shown ("United Arab Emirates", "阿联酋", "Mexico (MX)"), or null. */
export function toCountry(text: string): string | null {
	const cleaned = cleanText(text)
		.replace(/\(([A-Z]{2})\)$/, "")
		.trim();
	if (cleaned === "" || cleaned.length > 60) return null;
	return alibabaCountryCode(cleaned);
}
