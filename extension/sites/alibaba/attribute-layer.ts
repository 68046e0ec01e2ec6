import { looksLikeName, setEmail, setPhone, setWhatsapp } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { absoluteUrl, buyerKey, inquiryKey, rfqKey } from "./ids";
import { cleanText, parseAbsoluteDate } from "./values";

/**
 * Stable attributes: mailto:/tel:/WhatsApp links, ids in hrefs, `data-*-id` and `<time datetime>`.
 * The text of a buyer-profile link is the buyer's name. Layer "attribute".
 */

const ID_ATTRIBUTES = ["data-buyer-id", "data-member-id", "data-login-id"];

export interface AttributeOptions {
	/** Read the thread (id, url, subject) from RFQ/inquiry links: for list rows, not detail pages. */
	threadLinks: boolean;
}

export function attributeFacts(root: Element | Document, pageUrl: string, options: AttributeOptions): Facts {
	const facts: Facts = {};
	for (const link of Array.from(root.querySelectorAll("a[href]"))) readLink(facts, link, pageUrl, options);
	for (const name of ID_ATTRIBUTES) {
		const element = root.querySelector(`[${name}]`);
		const value = element?.getAttribute(name)?.trim();
		if (value && /^[\w.-]{1,100}$/.test(value)) setFact(facts, "buyer.buyerId", value, "attribute");
	}
	const time = root.querySelector("time[datetime]")?.getAttribute("datetime");
	if (time) setFact(facts, "thread.date", parseAbsoluteDate(time) ?? isoOrNull(time), "attribute");
	return facts;
}

function readLink(facts: Facts, link: Element, pageUrl: string, options: AttributeOptions): void {
	const href = link.getAttribute("href") ?? "";
	const text = cleanText(link.textContent ?? "");
	if (/^mailto:/i.test(href)) setEmail(facts, href.replace(/^mailto:/i, "").split("?")[0] ?? "", "attribute");
	else if (/^tel:/i.test(href)) setPhone(facts, href.replace(/^tel:/i, ""), "attribute");
	else if (/wa\.me\/|whatsapp\.com\/send|^whatsapp:/i.test(href)) setWhatsapp(facts, href, "attribute");
	else readIdLink(facts, href, text, pageUrl, options);
}

function readIdLink(
	facts: Facts,
	href: string,
	text: string,
	pageUrl: string,
	options: AttributeOptions,
): void {
	const buyer = buyerKey(href, pageUrl);
	if (buyer !== null) {
		setFact(facts, "buyer.buyerId", buyer, "attribute");
		if (looksLikeName(text)) setFact(facts, "buyer.name", text, "attribute");
		return;
	}
	if (!options.threadLinks) return;
	const rfq = rfqKey(href, pageUrl);
	const inquiry = rfq === null ? inquiryKey(href, pageUrl) : null;
	if (rfq === null && inquiry === null) return;
	setFact(facts, "thread.id", rfq !== null ? `rfq:${rfq}` : `inquiry:${inquiry}`, "attribute");
	setFact(facts, "thread.url", absoluteUrl(href, pageUrl), "attribute");
	if (text.length >= 3) setFact(facts, "thread.subject", text, "attribute");
}

/** The thread named by the page's own URL (a detail page): layer "attribute". */
export function pageUrlFacts(pageUrl: string): Facts {
	const facts: Facts = {};
	const rfq = rfqKey(pageUrl);
	const inquiry = rfq === null ? inquiryKey(pageUrl) : null;
	if (rfq === null && inquiry === null) return facts;
	setFact(facts, "thread.id", rfq !== null ? `rfq:${rfq}` : `inquiry:${inquiry}`, "attribute");
	setFact(facts, "thread.url", pageUrl, "attribute");
	return facts;
}

function isoOrNull(value: string): string | null {
	const time = Date.parse(value);
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}
