/**
 * Where mail clients mark the start of the quoted history in an HTML reply: from the marker to
 * the end of the body is the earlier conversation. One table, read two ways: as CSS (the Gmail
 * content script, with a DOM) and by a tag scan of the HTML source (.eml files, no DOM).
 */
interface HistoryMarker {
	tag: string;
	/** The attribute that marks it, and a value it holds (class: one of its words). */
	attribute: "id" | "class" | "type" | "style";
	value: string;
	/** style: a second piece the same attribute must hold. */
	also?: string;
	client: string;
}

const MARKERS: readonly HistoryMarker[] = [
	{ tag: "div", attribute: "class", value: "gmail_quote", client: "Gmail" },
	{ tag: "blockquote", attribute: "type", value: "cite", client: "Apple Mail, Thunderbird" },
	{ tag: "div", attribute: "class", value: "moz-cite-prefix", client: "Thunderbird" },
	{ tag: "hr", attribute: "id", value: "stopSpelling", client: "Hotmail / Outlook.com" },
	{ tag: "div", attribute: "id", value: "divRplyFwdMsg", client: "Outlook (new, web)" },
	{ tag: "div", attribute: "id", value: "appendonsend", client: "Outlook (new, web)" },
	{
		tag: "div",
		attribute: "style",
		// Outlook writes "border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in",
		// Gmail shows it as "border-right:none;…;border-top:1pt solid rgb(…);padding:3pt 0in 0in".
		value: "border-top",
		also: "padding:3",
		client: "Outlook desktop (the top-bordered header block)",
	},
	{ tag: "div", attribute: "class", value: "yahoo_quoted", client: "Yahoo" },
	{ tag: "div", attribute: "class", value: "OutlookMessageHeader", client: "Outlook 2003" },
	{ tag: "div", attribute: "class", value: "mail-quote-collapse", client: "Mail.ru" },
	{ tag: "div", attribute: "class", value: "js-readmsg-msg", client: "Mail.ru" },
	{ tag: "div", attribute: "class", value: "yandex_quote", client: "Yandex" },
];

/** One CSS selector list matching every marker (document order gives the first one). */
export const HISTORY_START_CSS = MARKERS.map(({ tag, attribute, value, also }) => {
	if (attribute === "class") return `${tag}.${value}`;
	if (attribute === "style") return `${tag}[style*="${value}" i]${also ? `[style*="${also}" i]` : ""}`;
	return `${tag}[${attribute}="${value}" i]`;
}).join(", ");

const OPEN_TAG = /<([a-z][a-z0-9]*)\b([^>]*)>/gi;

/** The offset in the HTML source of the first marker's opening tag, or -1. */
export function historyStartOffset(html: string): number {
	for (const match of html.matchAll(OPEN_TAG)) {
		const tag = (match[1] ?? "").toLowerCase();
		const attributes = match[2] ?? "";
		if (MARKERS.some((marker) => marker.tag === tag && holds(attributes, marker))) return match.index ?? -1;
	}
	return -1;
}

function holds(attributes: string, marker: HistoryMarker): boolean {
	const value = attributeValue(attributes, marker.attribute);
	if (value === undefined) return false;
	if (marker.attribute === "class") return value.split(/\s+/).includes(marker.value);
	if (marker.attribute === "style") {
		const style = value.replace(/\s+/g, "").toLowerCase();
		const wanted = (text: string) => style.includes(text.replace(/\s+/g, "").toLowerCase());
		return wanted(marker.value) && (marker.also === undefined || wanted(marker.also));
	}
	return value.toLowerCase() === marker.value.toLowerCase();
}

function attributeValue(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(
		attributes,
	);
	return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}
