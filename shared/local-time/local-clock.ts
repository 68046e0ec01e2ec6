/**
 * The time where the buyer is, from Intl (the browser's own time-zone database, DST included):
 * hour, minute, weekday, and whether it is business hours (09:00–18:00 on a working day) or
 * the local weekend (Friday–Saturday in much of the Gulf and North Africa). Small and table-only,
 * so the in-page badge tooltip can use it.
 */

/** 0 = Sunday … 6 = Saturday. Countries whose weekend is not Saturday–Sunday. */
const WEEKENDS: Record<string, number[]> = {
	...Object.fromEntries(
		"SA KW QA BH OM EG IQ JO YE SY DZ LY SD IL BD MV".split(" ").map((country) => [country, [5, 6]]),
	),
	AF: [4, 5],
	IR: [5],
	DJ: [5],
	IN: [0],
	UG: [0],
};

export function weekendOf(country: string | undefined): number[] {
	return (country && WEEKENDS[country.toUpperCase()]) || [6, 0];
}

export interface LocalClock {
	hour: number;
	minute: number;
	/** 0 = Sunday … 6 = Saturday. */
	weekday: number;
	weekend: boolean;
	businessHours: boolean;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Null for a zone Intl does not know. */
export function localClock(timeZone: string, now: Date, country?: string): LocalClock | null {
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = new Intl.DateTimeFormat("en-US", {
			timeZone,
			weekday: "short",
			hour: "numeric",
			minute: "numeric",
			hourCycle: "h23",
		}).formatToParts(now);
	} catch {
		return null;
	}
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
	const hour = Number(part("hour")) % 24;
	const minute = Number(part("minute"));
	const weekday = WEEKDAYS.indexOf(part("weekday"));
	const weekend = weekendOf(country).includes(weekday);
	return { hour, minute, weekday, weekend, businessHours: !weekend && hour >= 9 && hour < 18 };
}
