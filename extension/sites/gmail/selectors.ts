/**
 * Every Gmail selector Tierline uses, and nothing else knows them. Each list is newest layout
 * first; older layouts stay as fallbacks. Gmail's class names are obfuscated and change, so
 * Gmail's own attributes (email=, name=, data-*-id, role=, gh=) come first wherever they exist.
 *
 * Layout dates:
 * - "2024": modern Gmail as read by InboxSDK v2.2.18 (a8a6fe2c) and gmail.js (b7dfdab), see
 *   ../shared/fixtures/gmail/SELECTORS.md.
 * - "2014-12": the saved classic inbox (tests/fixtures/gmail/inbox-2014-12.html).
 */
import { HISTORY_START_CSS } from "../../../shared/email/history-markers";

export interface DatedSelector {
	readonly css: string;
	/** The layout this selector was seen in. */
	readonly seen: "2024" | "2014-12" | "any";
}

type SelectorList = readonly DatedSelector[];

const s = (css: string, seen: DatedSelector["seen"]): DatedSelector => ({ css, seen });

export const SELECTORS = {
	/** The pane that holds the thread list or the opened thread. */
	main: [s('[role="main"]', "2024"), s("div.aeF > div.nH", "2014-12")],
	/** The thread list container. */
	threadList: [s('[gh="tl"]', "2024")],
	/** One thread row (vertical preview pane: 2–3 rows per thread, each with class apv). */
	listRow: [s("tr.zA", "2024")],
	/** The sender cell of a row. */
	rowSenders: [s("td.yX div.yW", "2024"), s("td.apy div.yW, td.apx div.yW", "2014-12"), s("div.yW", "any")],
	/** People in the sender cell (class yP read, zF unread). */
	rowPeople: [s("span[email][name]", "2024"), s("span[email]", "any")],
	rowSubject: [
		s("td.a4W div.xS div.xT div.y6 > span[id]", "2024"),
		s("div.xS div.xT div.y6 > span", "2014-12"),
		s("div.y6 > span", "any"),
	],
	/** Thread ids on the row (value "#thread-f:<decimal>" and legacy hex). */
	rowThreadId: [s("[data-legacy-thread-id]", "2024"), s("[data-thread-id]", "2024")],
	rowDate: [
		s("td.xW > span[title]", "2024"),
		s("td.yf.apt > div.apm > span[title]", "2014-12"),
		s("td.xW [title]", "any"),
	],
	/** Thread view: subject, carrying data-thread-perm-id and data-legacy-thread-id. */
	subject: [s("h2.hP", "2024"), s(".ha h2", "2024"), s("h2[data-thread-perm-id]", "any")],
	/** One message of an opened thread (expanded h7, collapsed kv). */
	message: [
		s("div.adn.ads[data-message-id]", "2024"),
		s("[data-legacy-message-id]", "2024"),
		s("div.adn.ads", "2014-12"),
	],
	/** Message state: collapsed (kv) or expanded (h7), on the message or a wrapper around it. */
	collapsedMessage: [s(".kv", "2024")],
	expandedMessage: [s(".h7", "2024")],
	/** "N older messages" bundle: messages Gmail has not rendered. */
	bundledMessages: [s("div.kQ", "2024")],
	messageHeader: [s("div.gE.iv.gt", "2024"), s("table.cf.gJ", "2024")],
	sender: [s("td.gF span[email]", "2024"), s("span.gD[email]", "2024"), s("h3 span[email]", "any")],
	recipients: [s("span.hb span[email]", "2024"), s("span.g2[email]", "2024")],
	/** The details table (to / cc rows) opened from the header's small arrow. */
	recipientDetailRows: [s("table.ajC tr", "2024"), s(".ajA tr", "2024")],
	detailPeople: [s("[email]", "any")],
	date: [s("span.g3[title]", "2024"), s(".gK [title]", "2024"), s("td.gH span[title]", "any")],
	body: [s("div.ii.gt div.a3s", "2024"), s("div.a3s", "2024"), s("div.ii", "any")],
	/** A collapsed message shows a snippet instead of the body. */
	snippet: [s("span.iA.g6", "2024"), s("div.iA", "any")],
	/** Quoted history inside a body, as mail clients mark it. */
	quote: [s(".gmail_quote, blockquote, .yahoo_quoted, .OutlookMessageHeader", "any")],
	/** Where a client marks the start of the quoted history (all below it is history). */
	historyStart: [s(HISTORY_START_CSS, "any")],
	/** Links in a message (its body, and the header's own "Unsubscribe" for list mail). */
	links: [s("a", "any")],
	/** Gmail's "-- " line before a signature it marked. */
	signaturePrefix: [s(".gmail_signature_prefix", "2024")],
	signature: [s('.gmail_signature, [data-smartmail="gmail_signature"], .moz-signature', "any")],
	/** Inline scripts: the 2014-12 layout kept the thread list's data (VIEW_DATA) in one. */
	inlineScript: [s("script:not([src])", "2014-12")],
	/** The signed-in account (Google bar). */
	account: [
		s('a[aria-label*="@"]', "2024"),
		s("[data-email]", "2024"),
		s('[class^="gb_"][title*="@"]', "2014-12"),
	],
} as const satisfies Record<string, SelectorList>;

export type SelectorName = keyof typeof SELECTORS;

/** The first element any of the selectors finds, newest layout first. */
export function findFirst(root: ParentNode, name: SelectorName): Element | null {
	for (const { css } of SELECTORS[name]) {
		const found = root.querySelector(css);
		if (found) return found;
	}
	return null;
}

/** All elements the newest matching selector finds (an older one only when a newer finds none). */
export function findAll(root: ParentNode, name: SelectorName): Element[] {
	for (const { css } of SELECTORS[name]) {
		const found = root.querySelectorAll(css);
		if (found.length > 0) return [...found];
	}
	return [];
}

/** Does the element match any of the named selectors? */
export function matches(element: Element, name: SelectorName): boolean {
	return SELECTORS[name].some(({ css }) => element.matches(css));
}

/** The nearest ancestor (or itself) that matches any of the named selectors. */
export function closest(element: Element, name: SelectorName): Element | null {
	for (const { css } of SELECTORS[name]) {
		const found = element.closest(css);
		if (found) return found;
	}
	return null;
}
