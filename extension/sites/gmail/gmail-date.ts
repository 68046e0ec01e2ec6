/**
 * Gmail's full timestamps (the `title` of span.g3 and of the list's date cell), in the local time
 * of the viewer, in whatever language the interface uses:
 *   en  "Tue, Jan 2, 2024, 10:15 AM", "Thu, Dec 4, 2014 at 2:02 PM", "Jan 2, 2024, 10:15 AM (3 days ago)"
 *   en-GB "Tue, 2 Jan 2024, 10:15"
 *   zh  "2024年1月2日 周二 上午10:15", "2024年1月2日 下午3:05", ja "2024年1月2日(火) 10:15"
 * and anything else Date.parse understands. Returns ISO 8601 (UTC) or undefined; never throws.
 */
const MONTHS: Record<string, number> = {
	jan: 0,
	feb: 1,
	mar: 2,
	apr: 3,
	may: 4,
	jun: 5,
	jul: 6,
	aug: 7,
	sep: 8,
	sept: 8,
	oct: 9,
	nov: 10,
	dec: 11,
};

export function parseGmailDate(title: string | null | undefined): string | undefined {
	if (!title) return undefined;
	const text = title
		.replace(/[\u00a0\u202f\u2009]/g, " ")
		.replace(/\((?:[^)]*\bago|[^)]*前)\)/gi, " ")
		.replace(/[(（][\p{Script=Han}\p{Script=Hiragana}][)）]/gu, " ")
		.trim();
	return toIso(parseCjk(text) ?? parseEnglish(text) ?? parseAny(text));
}

interface Parts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

function parseCjk(text: string): Parts | undefined {
	const date = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
	if (!date) return undefined;
	const rest = text.slice(date.index + date[0].length);
	const time = /(凌晨|早上|上午|中午|下午|晚上|午前|午後)?\s*(\d{1,2})[:：](\d{2})/.exec(rest);
	let hour = time ? Number(time[2]) : 0;
	const period = time?.[1];
	if (period && /下午|晚上|午後/.test(period) && hour < 12) hour += 12;
	if (period === "中午" && hour < 11) hour += 12;
	if (period && /凌晨|早上|上午|午前/.test(period) && hour === 12) hour = 0;
	return {
		year: Number(date[1]),
		month: Number(date[2]) - 1,
		day: Number(date[3]),
		hour,
		minute: time ? Number(time[3]) : 0,
	};
}

function parseEnglish(text: string): Parts | undefined {
	const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
	const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(text);
	const found = monthFirst
		? {
				month: monthFirst[1],
				day: monthFirst[2],
				year: monthFirst[3],
				end: monthFirst.index + monthFirst[0].length,
			}
		: dayFirst
			? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3], end: dayFirst.index + dayFirst[0].length }
			: undefined;
	const month = found ? MONTHS[(found.month ?? "").toLowerCase().slice(0, 3)] : undefined;
	if (!found || month === undefined) return undefined;
	const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])\.?\s*[Mm]?\.?/.exec(text.slice(found.end));
	const time24 = time ? undefined : /(\d{1,2}):(\d{2})/.exec(text.slice(found.end));
	let hour = Number(time?.[1] ?? time24?.[1] ?? 0);
	const pm = time?.[3]?.toLowerCase() === "p";
	if (time && pm && hour < 12) hour += 12;
	if (time && !pm && hour === 12) hour = 0;
	return {
		year: Number(found.year),
		month,
		day: Number(found.day),
		hour,
		minute: Number(time?.[2] ?? time24?.[2] ?? 0),
	};
}

function parseAny(text: string): Date | undefined {
	const ms = Date.parse(text.replace(/\s+at\s+/i, " "));
	return Number.isNaN(ms) ? undefined : new Date(ms);
}

function toIso(value: Parts | Date | undefined): string | undefined {
	if (value === undefined) return undefined;
	const date =
		value instanceof Date ? value : new Date(value.year, value.month, value.day, value.hour, value.minute);
	if (value instanceof Date) return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
	const valid =
		!Number.isNaN(date.getTime()) &&
		date.getFullYear() === value.year &&
		date.getMonth() === value.month &&
		date.getDate() === value.day &&
		value.hour < 24 &&
		value.minute < 60;
	return valid ? date.toISOString() : undefined;
}
