/**
 * Reading spreadsheet cells: dates, amounts, yes/no. Each parser answers a value or an error
 * message meant for the person who made the file.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const DATE =
	/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An order date: ISO 8601 (2010-12-01, 2010-12-01T07:45:00, with or without an offset), also with
 * slashes or a space before the time. Day-first and month-first forms (01/12/2010) are refused:
 * they cannot be told apart. The answer keeps the date as written (time zones do not move it):
 * "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when a time was given.
 */
export function parseDate(raw: string): Parsed<string> {
	const text = raw.trim();
	const m = DATE.exec(text);
	if (!m) {
		return fail(
			/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(text)
				? `"${text}" is ambiguous (day or month first?); write dates as YYYY-MM-DD`
				: `"${text}" is not a date; write dates as YYYY-MM-DD`,
		);
	}
	const [, y, mo, d, h, mi, s] = m;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (year < 1900 || year > 2100 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
		return fail(`"${text}" is not a real calendar date`);
	}
	const date = `${y}-${pad(month)}-${pad(day)}`;
	if (h === undefined) return ok(date);
	if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
		return fail(`"${text}" has an impossible time`);
	return ok(`${date}T${pad(Number(h))}:${mi}:${s ?? "00"}`);
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const MAX_AMOUNT = 1e12;

/**
 * An amount: digits with a decimal point, optionally grouped by commas (1,234.50) and signed
 * (credit notes are negative); accounting parentheses (12.50) mean negative. No currency signs.
 */
export function parseAmount(raw: string): Parsed<number> {
	let text = raw.trim().replace(/\s+/g, "");
	let negative = false;
	if (/^\(.*\)$/.test(text)) {
		negative = true;
		text = text.slice(1, -1);
	}
	if (!PLAIN.test(text) && !GROUPED.test(text)) {
		return fail(`"${raw.trim()}" is not a number; write amounts like 1234.50 (no currency signs)`);
	}
	const value = Number(text.replaceAll(",", "")) * (negative ? -1 : 1);
	if (!Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT) return fail(`"${raw.trim()}" is out of range`);
	return ok(value);
}

const YES = new Set(["true", "yes", "y", "1", "t", "x", "cancelled", "canceled", "void", "是"]);
const NO = new Set(["", "false", "no", "n", "0", "f", "否"]);

/** A yes/no cell (empty is no). */
export function parseFlag(raw: string): Parsed<boolean> {
	const text = raw.trim().toLowerCase();
	if (YES.has(text)) return ok(true);
	if (NO.has(text)) return ok(false);
	return fail(`"${raw.trim()}" is not yes or no (true/false, 1/0, yes/no)`);
}

/** An ISO 4217 code, upper-cased. */
export function parseCurrency(raw: string): Parsed<string> {
	const text = raw.trim().toUpperCase();
	return /^[A-Z]{3}$/.test(text)
		? ok(text)
		: fail(`"${raw.trim()}" is not a currency code such as USD or EUR`);
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}
