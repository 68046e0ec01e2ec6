import { looksLikeCompany, looksLikeName, setEmail, setPhone, setWhatsapp } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { inquiryQuality } from "./inquiry-quality";
import { matchBadge, matchLabel } from "./labels";
import { type Leaf, leavesText } from "./text-leaves";
import { cleanText, parseAbsoluteDate, parseCount, toCountry } from "./values";

/**
 * The fallback when neither page state nor labels gave a field: patterns over the visible text.
 * Everything here is layer "text", which the side panel asks the user to confirm.
 */

const EMAIL = /[\w.+*-]+@[\w*-]+(?:\.[\w*-]+)+/;
const PHONE = /(?:\+|00)\d[\d\s().*-]{6,22}[\d*]/;
const WHATSAPP = /(?:wa\.me\/|api\.whatsapp\.com\/send\?phone=)\+?\d+/i;
const RELATIVE_DATE =
	/just now|\d+\s+(?:minutes?|hours?|days?|weeks?)\s+(?:before|ago)|\d+\s*(?:分钟|小时|天|周)前|刚刚/i;
const ABSOLUTE_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|[A-Z][a-z]{2}\.? \d{1,2}, \d{4}/;
const QUOTES_LEFT = /(\d+)\s*quotes? left|quotes? left\D{0,3}(\d+)|剩余报价\D{0,3}(\d+)/i;
const YEARS =
	/(\d{1,2})\s*(?:years?|yrs?)\s*(?:on alibaba|registered|member)|(?:registered|joined)\D{0,12}(\d{1,2})\s*years?|注册\D{0,4}(\d{1,2})\s*年/i;
const INQUIRIES =
	/(\d+)\s*inquir(?:y|ies)\s*(?:sent|posted)?|(?:发送|发起)?询盘\D{0,3}(\d+)\s*(?:次|条|个)?/i;
const RFQS = /(\d+)\s*RFQs?\s*(?:posted|sent)|(?:发布)?RFQ\D{0,3}(\d+)\s*(?:次|条|个)/i;
const SIGN_OFF =
	/(?:best regards|kind regards|regards|sincerely|thanks(?: and regards)?|saludos(?: cordiales)?|atentamente|cordialement|bien à vous|مع تحياتي|تحياتي|此致敬礼|此致)[,，.!\s]*\n\s*([^\n]{2,60})/i;

export function textFacts(leaves: Leaf[]): Facts {
	const facts: Facts = {};
	const text = leavesText(leaves);
	const email = EMAIL.exec(text);
	if (email) setEmail(facts, email[0], "text");
	const whatsapp = WHATSAPP.exec(text);
	if (whatsapp) setWhatsapp(facts, whatsapp[0], "text");
	const phone = PHONE.exec(text);
	if (phone) setPhone(facts, phone[0], "text");
	readLeaves(facts, leaves);
	readCounts(facts, text);
	const signOff = SIGN_OFF.exec(text)?.[1];
	if (signOff && looksLikeName(signOff)) setFact(facts, "buyer.name", cleanText(signOff), "text");
	const quality = inquiryQuality(text);
	setFact(facts, "inquiry.quantity", quality["inquiry.quantity"]?.value, "text");
	setFact(facts, "inquiry.quantityUnit", quality["inquiry.quantityUnit"]?.value, "text");
	setFact(facts, "inquiry.targetPrice", quality["inquiry.targetPrice"]?.value, "text");
	setFact(facts, "inquiry.targetPriceCurrency", quality["inquiry.targetPriceCurrency"]?.value, "text");
	return facts;
}

/** Short pieces of text that read as a country, a company, a date or a badge. */
function readLeaves(facts: Facts, leaves: Leaf[]): void {
	for (const { text } of leaves) {
		if (text.length > 80 || matchLabel(text) !== null || matchBadge(text) !== null) continue;
		if (!/\d/.test(text)) {
			const country = /^[A-Za-z]{2,3}$/.test(text) ? null : toCountry(text);
			if (country !== null) setFact(facts, "buyer.country", country, "text");
			else if (looksLikeCompany(text)) setFact(facts, "buyer.company", cleanText(text), "text");
		}
		const relative = RELATIVE_DATE.exec(text);
		if (relative) setFact(facts, "thread.dateText", relative[0], "text");
		else if (ABSOLUTE_DATE.test(text)) {
			const iso = parseAbsoluteDate(text);
			if (iso !== null) {
				setFact(facts, "thread.date", iso, "text");
				setFact(facts, "thread.dateText", cleanText(text), "text");
			}
		}
		if (/email confirmed|邮箱已(?:验证|认证|确认)/i.test(text))
			setFact(facts, "platform.emailConfirmed", true, "text");
	}
}

function readCounts(facts: Facts, text: string): void {
	const first = (match: RegExpExecArray | null) =>
		match ? parseCount(match.slice(1).find((group) => group !== undefined) ?? "") : null;
	setFact(facts, "rfq.quotesLeft", first(QUOTES_LEFT.exec(text)), "text");
	setFact(facts, "platform.yearsRegistered", first(YEARS.exec(text)), "text");
	setFact(facts, "platform.inquiriesPosted", first(INQUIRIES.exec(text)), "text");
	setFact(facts, "platform.rfqsPosted", first(RFQS.exec(text)), "text");
}
