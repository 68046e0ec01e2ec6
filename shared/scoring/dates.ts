/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** Orders dated up to this many days after "now" count as today (time zones); later ones have not happened yet. */
export const FUTURE_GRACE_DAYS = 1;

/**
 * Day number (days since 1970-01-01) of an ISO date or date-time, read from its calendar date as written.
 * Day granularity is all the model needs, and reading the written date (not the instant) keeps the result
 * independent of the machine's time zone: "2010-12-01T07:45:00" is day 2010-12-01 everywhere.
 * Returns NaN for anything that does not start with YYYY-MM-DD.
 */
export function parseDay(s: string): number {
	if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
	const y = digits(s, 0, 4);
	const m = digits(s, 5, 2);
	const d = digits(s, 8, 2);
	if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

function digits(s: string, start: number, length: number): number {
	let n = 0;
	for (let i = start; i < start + length; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return Number.NaN;
		n = n * 10 + c;
	}
	return n;
}

/** The UTC day of an instant. */
export function dayOf(date: Date): number {
	return Math.floor(date.getTime() / DAY_MS);
}
