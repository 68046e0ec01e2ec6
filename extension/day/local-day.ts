/**
 * Days as the salesperson lives them: "YYYY-MM-DD" in the browser's own time zone. A follow-up is
 * due on the day written in its dueAt (shared/schema/follow-up dueDayOf), compared with today here.
 */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` after `day` (negative: before), by the calendar, whatever the clock changes. */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split("-").map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d + days));
	return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The next local midnight after `now` (epoch ms): when "today" changes. */
export function nextLocalMidnight(now: Date): number {
	const next = new Date(now);
	next.setHours(24, 0, 0, 0);
	return next.getTime();
}
