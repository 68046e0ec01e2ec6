import { dueDayOf } from "../../shared/schema/follow-up";
import { addDays } from "./local-day";

/** The side panel's quick picks: days from today. */
export const QUICK_PICKS = { tomorrow: 1, in3Days: 3, in1Week: 7, in2Weeks: 14 } as const;
export type QuickPick = keyof typeof QUICK_PICKS;

/** Snooze: days to push a follow-up back. */
export const SNOOZES = [1, 3] as const;

export function quickPickDay(pick: QuickPick, today: string): string {
	return addDays(today, QUICK_PICKS[pick]);
}

/** Snoozed from its day, or from today when it is already overdue (never into the past). */
export function snoozedDay(dueAt: string, days: number, today: string): string {
	const due = dueDayOf(dueAt);
	return addDays(due > today ? due : today, days);
}

/** "+08:00" for a zone `minutesEast` of UTC (Date#getTimezoneOffset is the opposite sign). */
export function offsetText(minutesEast: number): string {
	const sign = minutesEast < 0 ? "-" : "+";
	const abs = Math.abs(minutesEast);
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The dueAt sent to the API: the day alone, or the day and "HH:MM" in the browser's zone on that
 * day (its offset written out, so the day stays the one chosen wherever it is read).
 */
export function composeDueAt(day: string, time: string | null): string {
	if (!time) return day;
	const local = new Date(`${day}T${time}:00`);
	return `${day}T${time}:00${offsetText(-local.getTimezoneOffset())}`;
}

/** The "HH:MM" written in a dueAt, or null for a day alone. */
export function dueTime(dueAt: string): string | null {
	return /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(dueAt)?.[1] ?? null;
}
