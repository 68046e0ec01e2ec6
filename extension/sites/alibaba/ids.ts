/**
 * Ids in Alibaba links (2026-12): RFQ detail links carry the RFQ as `p`
 * (//sourcing.alibaba.com/rfq_detail.htm?p=…, also the onepage detail and the quote form); inquiry
 * links carry the tradeId as `imInquiryId` (maDetail.htm); buyer links carry ids as query
 * parameters (names assumed: see PROVENANCE.md). Reading hrefs, not classes.
 */

const INQUIRY_PARAMS = ["imInquiryId", "inquiryId", "feedbackId"];
const BUYER_PARAMS = ["buyerMemberId", "buyerLoginId", "buyerId", "memberId", "loginId"];

/** An absolute https URL for an href as the page wrote it (protocol-relative or relative). */
export function absoluteUrl(href: string, base: string): string | null {
	try {
		const url = new URL(href.trim(), base);
		return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
	} catch {
		return null;
	}
}

/** The RFQ key (`p`) of an RFQ detail link, or null. */
export function rfqKey(href: string, base = "https://sourcing.alibaba.com/"): string | null {
	const url = parse(href, base);
	if (url === null || !/rfq_detail\.htm$|rfq_quotation_post/i.test(url.pathname)) return null;
	return cleanId(url.searchParams.get("p"));
}

/** The inquiry id of a message-centre link (query or hash), or null. */
export function inquiryKey(href: string, base = "https://message.alibaba.com/"): string | null {
	const url = parse(href, base);
	if (url === null || !/(^|\.)alibaba\.com$/i.test(url.hostname)) return null;
	// The older message centre: default.htm#feedback/detail/all/<tradeId>.
	const inHash = /feedback\/detail\/(?:[a-z]+\/)?(\d{5,30})/i.exec(url.hash)?.[1];
	return paramOf(url, INQUIRY_PARAMS) ?? inHash ?? null;
}

/** A buyer's member id from a profile link or a link carrying it, or null. */
export function buyerKey(href: string, base = "https://message.alibaba.com/"): string | null {
	const url = parse(href, base);
	if (url === null || !/(^|\.)alibaba\.com$/i.test(url.hostname)) return null;
	return paramOf(url, BUYER_PARAMS);
}

function paramOf(url: URL, names: string[]): string | null {
	const hashQuery = url.hash.includes("?")
		? new URLSearchParams(url.hash.slice(url.hash.indexOf("?")))
		: null;
	for (const name of names) {
		const value = cleanId(url.searchParams.get(name) ?? hashQuery?.get(name) ?? null);
		if (value !== null) return value;
	}
	return null;
}

function cleanId(value: string | null): string | null {
	const trimmed = value?.trim() ?? "";
	return /^[\w.-]{1,100}$/.test(trimmed) ? trimmed : null;
}

function parse(href: string, base: string): URL | null {
	try {
		return new URL(href.trim(), base);
	} catch {
		return null;
	}
}
