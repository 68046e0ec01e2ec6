/**
 * Which Alibaba.com seller page a URL is (2026-12, addresses from public code that reads the live
 * pages: ../shared/fixtures/alibaba/FACTS.md). One-liners with the URLs they match:
 *   inquiry-list    https://message.alibaba.com/message/default.htm#feedback/all  (also /unread, /spam, ?order=…)
 *   inquiry-detail  https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765
 *                   https://message.alibaba.com/message/default.htm#feedback/detail/all/10231847765
 *   chat            https://onetalk.alibaba.com/message/weblitePWA.htm?from=menu#/
 *                   https://onetalk.alibaba.com/message/alicrm.htm?contactAccountIdEncrypt=…&secTradeId=…
 *   rfq-list        https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y
 *                   https://sourcing.alibaba.com/rfq/onepage/rfq_search_list.htm, /rfq_search_list.htm
 *   rfq-detail      https://sourcing.alibaba.com/rfq_detail.htm?p=7F3A9C21D0E84B6F
 *                   https://sourcing.alibaba.com/rfq/onepage/rfq_detail.htm?p=7F3A9C21D0E84B6F
 *   rfq-quote       https://rfqposting.alibaba.com/rfq/rfq_quotation_post.htm?p=7F3A9C21D0E84B6F
 *   crm-customers   https://alicrm.alibaba.com/#my-customer
 *   crm-pool        https://i.alibaba.com/hub/alicrm/public_customer
 * Buyer-side pages are never ours: message.alibaba.com/message/messenger.htm, buyingLeads.htm,
 * mysourcing.alibaba.com.
 */

export type AlibabaPageKind =
	| "rfq-list"
	| "rfq-detail"
	| "rfq-quote"
	| "inquiry-list"
	| "inquiry-detail"
	| "chat"
	| "crm-customers"
	| "crm-pool";

const BUYER_SIDE = /\/(?:messenger|buyingLeads)\.htm$/i;

export function alibabaPageKind(href: string): AlibabaPageKind | null {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return null;
	}
	if (url.protocol !== "https:") return null;
	const path = url.pathname;
	switch (url.hostname.toLowerCase()) {
		case "sourcing.alibaba.com":
			if (/(?:^|\/)rfq_detail\.htm$/i.test(path)) return "rfq-detail";
			return /(?:^|\/)rfq_search_list\.htm$/i.test(path) ? "rfq-list" : null;
		case "rfqposting.alibaba.com":
			return /rfq_quotation_post/i.test(path) ? "rfq-quote" : null;
		case "onetalk.alibaba.com":
			return /\/(?:weblitePWA|alicrm)\.htm$/i.test(path) ? "chat" : null;
		case "alicrm.alibaba.com":
			return "crm-customers";
		case "i.alibaba.com":
			return /^\/hub\/alicrm\/public_customer/i.test(path) ? "crm-pool" : null;
		case "message.alibaba.com":
			return messageCentreKind(url);
		default:
			return null;
	}
}

function messageCentreKind(url: URL): AlibabaPageKind | null {
	if (BUYER_SIDE.test(url.pathname)) return null;
	if (/\/maDetail\.htm$/i.test(url.pathname)) return "inquiry-detail";
	if (!/\/default\.htm$/i.test(url.pathname) && url.pathname !== "/" && url.pathname !== "/message/")
		return null;
	const hash = url.hash.toLowerCase();
	if (hash.startsWith("#feedback/detail") || hash.includes("/feedback/detail/")) return "inquiry-detail";
	return hash.startsWith("#feedback") || hash === "" ? "inquiry-list" : null;
}

/** Buyer-side pages on Alibaba's hosts (the buyer's own messenger and RFQ pages): never captured. */
export function isBuyerSidePage(href: string): boolean {
	try {
		const url = new URL(href);
		return url.hostname === "mysourcing.alibaba.com" || BUYER_SIDE.test(url.pathname);
	} catch {
		return false;
	}
}
