/**
 * Which Alibaba.com seller page a URL is (2026-11). One-liners with the URLs they match:
 *   rfq-list        https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y&page=2
 *   rfq-detail      https://sourcing.alibaba.com/rfq_detail.htm?p=7F3A9C21D0E84B6F
 *   inquiry-detail  https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765
 *                   https://message.alibaba.com/message/default.htm#feedback/detail?inquiryId=10231847765
 *   inquiry-list    https://message.alibaba.com/message/default.htm#feedback/all
 *   chat            https://onetalk.alibaba.com/message/weblitePWA.htm
 */

export type AlibabaPageKind = "rfq-list" | "rfq-detail" | "inquiry-list" | "inquiry-detail" | "chat";

export function alibabaPageKind(href: string): AlibabaPageKind | null {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return null;
	}
	const host = url.hostname.toLowerCase();
	if (host === "sourcing.alibaba.com") {
		if (/\/rfq_detail\.htm$/i.test(url.pathname)) return "rfq-detail";
		if (/^\/rfq\//i.test(url.pathname)) return "rfq-list";
		return null;
	}
	if (host === "onetalk.alibaba.com") return "chat";
	if (host === "message.alibaba.com") return isInquiryDetail(url) ? "inquiry-detail" : "inquiry-list";
	return null;
}

function isInquiryDetail(url: URL): boolean {
	const where = `${url.pathname}${url.search}${url.hash}`;
	return /detail/i.test(where) || /[?&](?:imInquiryId|inquiryId|feedbackId)=/i.test(where);
}
