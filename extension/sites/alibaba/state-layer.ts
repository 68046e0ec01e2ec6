import { setEmail, setPhone } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { absoluteUrl, rfqKey } from "./ids";
import type { ChatContactState, CustomerInfoState, InquiryRowState, RfqState } from "./page-state";
import { cleanText, parseAbsoluteDate, toCountry, yearsSince } from "./values";

/** RFQ badges (`tags[].tagName`, 2026-12) → the platform signal each one is. */
const RFQ_TAGS = {
	emailConfirm: "platform.emailConfirmed",
	experienced_buyer: "platform.experiencedBuyer",
	complete_order_via_rfq: "platform.completesOrdersViaPlatform",
	typically_replies: "platform.typicallyReplies",
	interactive_user: "platform.interactiveUser",
} as const;

/** An RFQ (list row or detail) from page state: every fact is layer "state". */
export function rfqStateFacts(rfq: RfqState, pageUrl: string): Facts {
	const facts: Facts = {};
	const url = rfq.url ? absoluteUrl(rfq.url, pageUrl) : null;
	const key = (url ? rfqKey(url) : null) ?? rfq.rfqId;
	setFact(facts, "thread.id", key ? `rfq:${key}` : undefined, "state");
	setFact(facts, "thread.url", url ?? undefined, "state");
	setFact(facts, "thread.subject", rfq.subject, "state");
	setFact(facts, "thread.message", rfq.description, "state");
	setFact(facts, "thread.dateText", rfq.openTimeStr, "state");
	setFact(facts, "thread.date", rfq.openTimeStr ? parseAbsoluteDate(rfq.openTimeStr) : undefined, "state");
	setFact(facts, "buyer.name", rfq.buyerName, "state");
	setFact(facts, "buyer.buyerId", rfq.buyerAccountId, "state");
	setFact(facts, "buyer.country", rfq.country ? toCountry(rfq.country) : undefined, "state");
	setFact(facts, "inquiry.quantity", rfq.quantity, "state");
	setFact(facts, "inquiry.quantityUnit", rfq.quantityUnit, "state");
	setFact(facts, "rfq.quotesLeft", rfq.rfqLeftCount, "state");
	if (rfq.tags) {
		// The row lists the badges it has: a badge it lacks is known to be absent.
		for (const [tag, key] of Object.entries(RFQ_TAGS)) setFact(facts, key, rfq.tags.includes(tag), "state");
	}
	return facts;
}

/** An inquiry of the message centre's list, from page state. */
export function inquiryStateFacts(inquiry: InquiryRowState): Facts {
	const facts: Facts = {};
	setFact(facts, "thread.id", inquiry.tradeId ? `inquiry:${inquiry.tradeId}` : undefined, "state");
	setFact(facts, "thread.subject", inquiry.subject, "state");
	setFact(facts, "thread.product", inquiry.productName, "state");
	const date = inquiry.createTime === undefined ? undefined : new Date(inquiry.createTime);
	if (date && !Number.isNaN(date.getTime())) setFact(facts, "thread.date", date.toISOString(), "state");
	setFact(facts, "buyer.buyerId", inquiry.buyerAccountId, "state");
	setFact(facts, "buyer.name", inquiry.buyerName, "state");
	setFact(facts, "buyer.company", inquiry.buyerCompany, "state");
	setFact(facts, "buyer.country", inquiry.buyerCountry ? toCountry(inquiry.buyerCountry) : null, "state");
	setFact(facts, "platform.level", inquiry.buyerLevel, "state");
	setFact(facts, "platform.yearsRegistered", inquiry.yearsRegistered, "state");
	setFact(facts, "inquiry.quantity", inquiry.quantity, "state");
	setFact(facts, "inquiry.quantityUnit", inquiry.quantityUnit, "state");
	setFact(facts, "row.unread", inquiry.unread, "state");
	return facts;
}

/** The buyer on an inquiry, from the page's own queryCustomerInfo answer. */
export function customerStateFacts(customer: CustomerInfoState, now: Date = new Date()): Facts {
	const facts: Facts = {};
	const name = cleanText(`${customer.firstName ?? ""} ${customer.lastName ?? ""}`);
	setFact(facts, "buyer.name", name, "state");
	setFact(facts, "buyer.company", customer.companyName, "state");
	setFact(facts, "buyer.country", customer.country ? toCountry(customer.country) : null, "state");
	setFact(facts, "buyer.website", customer.website, "state");
	if (customer.email) setEmail(facts, customer.email, "state");
	if (customer.mobile) setPhone(facts, customer.mobile, "state");
	if (customer.phone) setPhone(facts, customer.phone, "state");
	const registered = customer.registerDate === undefined ? null : new Date(customer.registerDate * 1000);
	setFact(facts, "platform.yearsRegistered", registered ? yearsSince(registered, now) : null, "state");
	setFact(facts, "platform.level", customer.level, "state");
	setFact(facts, "platform.inquiriesPosted", customer.validInquiries, "state");
	setFact(facts, "platform.rfqsPosted", customer.validRfqs, "state");
	setFact(facts, "platform.loginDays", customer.loginDays, "state");
	setFact(facts, "platform.productViews", customer.productViews, "state");
	setFact(facts, "platform.repliedInquiries", customer.repliedInquiries, "state");
	setFact(facts, "platform.spamInquiries", customer.spamInquiries, "state");
	setFact(facts, "platform.blacklistedBy", customer.blacklisted, "state");
	setFact(facts, "platform.businessTypes", customer.businessTypes, "state");
	setFact(facts, "platform.preferredIndustries", customer.preferredIndustries, "state");
	setFact(facts, "platform.tradeAssuranceOrders", customer.taOrderCount, "state");
	setFact(facts, "platform.tradeAssuranceAmount", customer.taTotalAmount, "state");
	setFact(facts, "platform.tradeAssuranceDaysSinceLastOrder", customer.taLastBuyDays, "state");
	return facts;
}

/**
 * The chat's buyer id from OneTalk's conversation cache: the conversation the URL names (`cid`),
 * else the one whose contact has the card's name, else the only one. Never a guess among several.
 */
export function chatStateFacts(chats: ChatContactState[], pageUrl: string, cardName?: string): Facts {
	const facts: Facts = {};
	const where = decodeURIComponent(pageUrl);
	const byCid = chats.filter((chat) => chat.cid && where.includes(chat.cid));
	const byName = cardName ? chats.filter((chat) => chat.contactName === cardName) : [];
	const chat =
		byCid.length === 1
			? byCid[0]
			: byName.length === 1
				? byName[0]
				: chats.length === 1
					? chats[0]
					: undefined;
	setFact(facts, "buyer.buyerId", chat?.contactAccountId, "state");
	return facts;
}
