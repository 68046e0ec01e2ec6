import { setEmail, setPhone } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { absoluteUrl, rfqKey } from "./ids";
import type { InquiryState, RfqState } from "./page-state";
import { parseAbsoluteDate, toCountry } from "./values";

/** An RFQ (list row or detail) from page state: every fact is layer "state". */
export function rfqStateFacts(rfq: RfqState, pageUrl: string): Facts {
	const facts: Facts = {};
	const url = rfq.url ? absoluteUrl(rfq.url, pageUrl) : null;
	const key = (url ? rfqKey(url) : null) ?? rfqKey(pageUrl) ?? rfq.rfqId;
	setFact(facts, "thread.id", key ? `rfq:${key}` : undefined, "state");
	setFact(facts, "thread.url", url ?? undefined, "state");
	setFact(facts, "thread.subject", rfq.subject, "state");
	setFact(facts, "thread.message", rfq.description, "state");
	setFact(facts, "thread.dateText", rfq.openTimeStr, "state");
	setFact(facts, "thread.date", rfq.openTimeStr ? parseAbsoluteDate(rfq.openTimeStr) : undefined, "state");
	setFact(facts, "buyer.name", rfq.buyerName, "state");
	setFact(facts, "buyer.country", rfq.country ? toCountry(rfq.country) : undefined, "state");
	setFact(facts, "inquiry.quantity", rfq.quantity, "state");
	setFact(facts, "inquiry.quantityUnit", rfq.quantityUnit, "state");
	const destination = rfq.destinationCountry ? toCountry(rfq.destinationCountry) : undefined;
	setFact(facts, "inquiry.destinationCountry", destination, "state");
	setFact(facts, "rfq.quotesLeft", rfq.rfqLeftCount, "state");
	setFact(facts, "platform.emailConfirmed", rfq.emailConfirmed, "state");
	const experienced = rfq.rfqStarLevel === undefined ? undefined : rfq.rfqStarLevel > 0;
	setFact(facts, "platform.experiencedBuyer", experienced, "state");
	setFact(facts, "platform.completesOrdersViaPlatform", rfq.hasQuoEquity, "state");
	return facts;
}

/** An inquiry (list row or detail) from page state. */
export function inquiryStateFacts(inquiry: InquiryState): Facts {
	const facts: Facts = {};
	setFact(facts, "thread.id", inquiry.inquiryId ? `inquiry:${inquiry.inquiryId}` : undefined, "state");
	setFact(facts, "thread.subject", inquiry.subject, "state");
	setFact(facts, "thread.product", inquiry.productName, "state");
	setFact(facts, "thread.message", inquiry.content, "state");
	setFact(facts, "thread.dateText", inquiry.sendTime, "state");
	setFact(facts, "thread.date", inquiry.sendTime ? parseAbsoluteDate(inquiry.sendTime) : undefined, "state");
	setFact(facts, "buyer.buyerId", inquiry.buyerId, "state");
	setFact(facts, "buyer.name", inquiry.buyerName, "state");
	setFact(facts, "buyer.company", inquiry.buyerCompany, "state");
	const country = inquiry.buyerCountry ? toCountry(inquiry.buyerCountry) : null;
	setFact(facts, "buyer.country", country, "state");
	if (inquiry.buyerEmail) setEmail(facts, inquiry.buyerEmail, "state");
	if (inquiry.buyerPhone) setPhone(facts, inquiry.buyerPhone, "state");
	setFact(facts, "inquiry.quantity", inquiry.quantity, "state");
	setFact(facts, "inquiry.quantityUnit", inquiry.quantityUnit, "state");
	setFact(facts, "inquiry.targetPrice", inquiry.targetPrice, "state");
	setFact(facts, "inquiry.targetPriceCurrency", inquiry.targetPriceCurrency?.toUpperCase(), "state");
	setFact(facts, "platform.verifiedBuyer", inquiry.verified, "state");
	setFact(facts, "platform.yearsRegistered", inquiry.registerYears, "state");
	setFact(facts, "platform.inquiriesPosted", inquiry.inquiryCount, "state");
	setFact(facts, "platform.rfqsPosted", inquiry.rfqCount, "state");
	setFact(facts, "platform.emailConfirmed", inquiry.emailConfirmed, "state");
	setFact(facts, "row.unread", inquiry.unread, "state");
	return facts;
}
