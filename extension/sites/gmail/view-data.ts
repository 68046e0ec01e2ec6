/**
 * Classic Gmail (2014-12 layout) kept the first page of the thread list in an inline script,
 * `var VIEW_DATA=[…,["tb",offset,[[threadId,…,peopleHtml(7),…,subjectHtml(9),…,title(15)],…]],…]`,
 * and its rows carried no thread id. Rows are matched to those entries by subject, full date
 * and sender addresses; entries that tie are paired in display order only when the counts agree
 * (otherwise the row stays without an id rather than get a wrong one).
 */
import { findAll } from "./selectors";

export interface ViewDataThread {
	threadId: string;
	subject: string;
	dateTitle: string;
	emails: string[];
}

export function readViewData(doc: Document): ViewDataThread[] {
	try {
		for (const script of findAll(doc, "inlineScript")) {
			const text = script.textContent ?? "";
			if (!text.slice(0, 500).includes("VIEW_DATA=[[")) continue;
			const data = parseLooseArray(text.slice(text.indexOf("["), text.lastIndexOf("]") + 1));
			return Array.isArray(data) ? data.flatMap(threadsOf) : [];
		}
	} catch {
		// Not parseable: rows simply have no id from this source.
	}
	return [];
}

export function viewDataKey(subject: string, dateTitle: string, emails: readonly string[]): string {
	const clean = (value: string) => value.replace(/\s+/g, " ").trim();
	const people = [...new Set(emails.map((e) => e.toLowerCase()))];
	return `${clean(subject)}\u0000${clean(dateTitle)}\u0000${people.join(",")}`;
}

/** Pairs row keys (in display order) with thread ids. */
export function matchRowsToViewData(
	rowKeys: readonly string[],
	threads: readonly ViewDataThread[],
): (string | undefined)[] {
	const byKey = new Map<string, string[]>();
	for (const thread of threads) {
		const key = viewDataKey(thread.subject, thread.dateTitle, thread.emails);
		byKey.set(key, [...(byKey.get(key) ?? []), thread.threadId]);
	}
	const rowCounts = new Map<string, number>();
	for (const key of rowKeys) rowCounts.set(key, (rowCounts.get(key) ?? 0) + 1);
	const seen = new Map<string, number>();
	return rowKeys.map((key) => {
		const ids = byKey.get(key) ?? [];
		const index = seen.get(key) ?? 0;
		seen.set(key, index + 1);
		return ids.length === rowCounts.get(key) ? ids[index] : undefined;
	});
}

function threadsOf(entry: unknown): ViewDataThread[] {
	if (!Array.isArray(entry) || entry[0] !== "tb" || !Array.isArray(entry[2])) return [];
	return entry[2].flatMap((row: unknown) => {
		if (!Array.isArray(row) || typeof row[0] !== "string") return [];
		const people = typeof row[7] === "string" ? row[7] : "";
		return [
			{
				threadId: row[0],
				subject: typeof row[9] === "string" ? stripTags(row[9]) : "",
				dateTitle: typeof row[15] === "string" ? row[15] : "",
				emails: [...people.matchAll(/email="([^"]+)"/g)].map((m) => m[1] ?? ""),
			},
		];
	});
}

/** Gmail's JS arrays leave holes (",,"): fill them with null so JSON can read them. */
function parseLooseArray(source: string): unknown {
	let out = "";
	let inString = false;
	let previous = "";
	for (let i = 0; i < source.length; i++) {
		const char = source[i] ?? "";
		if (inString) {
			out += char;
			if (char === "\\") {
				out += source[++i] ?? "";
				continue;
			}
			if (char === '"') inString = false;
			continue;
		}
		if (char === '"') inString = true;
		const hole =
			(char === "," && (previous === "," || previous === "[")) || (char === "]" && previous === ",");
		if (hole) out += "null";
		out += char;
		if (!/\s/.test(char)) previous = char;
	}
	return JSON.parse(out);
}

/** The entry's HTML fragments hold only tags and entities; text is all we keep. */
function stripTags(html: string): string {
	return html
		.replace(/<[^>]*>/g, "")
		.replace(/&nbsp;/g, " ")
		.replace(/&raquo;/g, "»")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, "&");
}
