/**
 * One message of an opened thread: id, sender, recipients, date, and the body split into the
 * reply, the quoted history and the signature. Pure; missing parts stay empty, never throw.
 */
import { mentionsUnsubscribe } from "../../../shared/capture/bulk-mail";
import type { PageMessage } from "../../../shared/schema/page-capture";
import { parseGmailDate } from "./gmail-date";
import { legacyThreadId } from "./list-rows";
import { closest, findAll, findFirst } from "./selectors";
import { blockText, inlineText } from "./text";

export interface Person {
	name?: string;
	email?: string;
}

export interface MessageView {
	element: Element;
	message: PageMessage;
	sender?: Person;
	/** The sender's name in the header: badges go right after it. */
	senderElement?: Element;
	recipients: Person[];
	/** List or marketing mail: the message (or Gmail's header) offers to unsubscribe. Never a lead. */
	bulk: boolean;
}

const CC_LABEL = /^\s*(cc|抄送|副本|cópia|kopie|copie)\s*[:：]?\s*$/i;
const BCC_LABEL = /^\s*(bcc|密送|密件副本)\s*[:：]?\s*$/i;

export function readMessage(element: Element, index: number): MessageView {
	const senderElement = findFirst(element, "sender") ?? undefined;
	const sender = senderElement ? person(senderElement) : undefined;
	const { to, cc, recipients } = readRecipients(element, senderElement);
	const bodyElement = findFirst(element, "body");
	const collapsed = isCollapsed(element, bodyElement);
	const parts = bodyElement
		? splitBody(bodyElement)
		: { body: inlineText(findFirst(element, "snippet")), quoted: "", signature: "" };
	const message: PageMessage = {
		id: messageId(element) ?? `message-${index + 1}`,
		fromName: sender?.name,
		fromEmail: sender?.email,
		to,
		cc,
		date: parseGmailDate(findFirst(element, "date")?.getAttribute("title")),
		...parts,
		collapsed,
	};
	const bulk = findAll(element, "links").some((link) => mentionsUnsubscribe(link.textContent));
	return { element, message, sender, senderElement, recipients, bulk };
}

/**
 * data-legacy-message-id (hex), else data-message-id "#msg-f:<decimal>" converted to it, else
 * the "m<hex>" class older layouts put on the body (div.ii.gt.m15a2b3c4d5e6f708).
 */
function messageId(element: Element): string | undefined {
	const legacy = element.getAttribute("data-legacy-message-id");
	if (legacy) return legacy;
	const modern = element.getAttribute("data-message-id");
	if (modern) return legacyThreadId(modern.replace("msg-", "thread-")) ?? modern.replace(/^#/, "");
	const body = findFirst(element, "body")?.closest(".ii") ?? null;
	return /(?:^|\s)m([0-9a-f]{12,16})(?:\s|$)/.exec(body?.className ?? "")?.[1];
}

function person(element: Element): Person {
	return {
		name: element.getAttribute("name")?.trim() || inlineText(element) || undefined,
		email: element.getAttribute("email")?.trim().toLowerCase() || undefined,
	};
}

function readRecipients(element: Element, senderElement: Element | undefined) {
	const detailRows = findAll(element, "recipientDetailRows");
	const to: string[] = [];
	const cc: string[] = [];
	const recipients: Person[] = [];
	const add = (list: string[], span: Element) => {
		const p = person(span);
		if (!p.email || list.includes(p.email)) return;
		list.push(p.email);
		recipients.push(p);
	};
	const labelled = detailRows.filter(
		(row) => findFirst(row, "detailPeople") && /[:：]/.test(row.firstElementChild?.textContent ?? ""),
	);
	if (labelled.length > 0) {
		for (const row of labelled) {
			const label = row.firstElementChild?.textContent ?? "";
			if (/^\s*(from|发件人|寄件者)/i.test(label) || BCC_LABEL.test(label)) continue;
			for (const span of findAll(row, "detailPeople")) add(CC_LABEL.test(label) ? cc : to, span);
		}
	} else {
		for (const span of findAll(element, "recipients")) if (span !== senderElement) add(to, span);
	}
	return { to, cc, recipients };
}

function isCollapsed(element: Element, body: Element | null): boolean {
	if (closest(element, "collapsedMessage")) return true;
	if (closest(element, "expandedMessage")) return false;
	return body === null;
}

/**
 * The body as the reader sees it: reply, quoted history and signature apart, where the DOM
 * marks them (Gmail, Outlook, Yahoo, Thunderbird markers). Unmarked ones are split from the
 * text later, by enrichCapture.
 */
export function splitBody(body: Element): Pick<PageMessage, "body" | "quoted" | "signature"> {
	const marked = topMost(findAll(body, "quote"));
	let start = findFirst(body, "historyStart");
	if (start && marked.some((quote) => quote.contains(start as Element))) start = null;
	const quotes = marked.filter((quote) => !isAtOrAfter(quote, start));
	const signatures = topMost(findAll(body, "signature")).filter(
		(sig) => !quotes.some((q) => q.contains(sig)) && !isAtOrAfter(sig, start),
	);
	const prefixes = signatures.length > 0 ? findAll(body, "signaturePrefix") : [];
	const history = start ? blockText(body, { from: start }) : "";
	return {
		body: blockText(body, { exclude: new Set([...quotes, ...signatures, ...prefixes]), until: start }),
		quoted: [...quotes.map((q) => blockText(q)), history].filter((part) => part !== "").join("\n\n"),
		signature: signatures.map((sig) => blockText(sig)).join("\n\n"),
	};
}

/** Keep the outermost of nested matches (a blockquote inside .gmail_quote is one quote). */
function topMost(elements: Element[]): Element[] {
	return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Is the element the history marker, inside it, or after it in reading order? */
function isAtOrAfter(element: Element, start: Element | null): boolean {
	if (!start) return false;
	return start === element || start.contains(element) || (start.compareDocumentPosition(element) & 4) !== 0;
}
