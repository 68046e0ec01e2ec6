import { extractBuyerCard } from "./extract-chat";
import { extractCrmList } from "./extract-crm";
import { extractInquiryDetail, extractInquiryList } from "./extract-inquiry";
import { extractRfqDetail, extractRfqList } from "./extract-rfq";
import { alibabaPageKind } from "./page-kind";
import type { AlibabaState } from "./page-state";
import type { AlibabaExtraction, KnownBuyers } from "./types";

/**
 * Any supported Alibaba.com seller page → what the side panel shows, or null for other pages
 * (buyer-side pages included). Pure: reads the document, never changes it, never throws into
 * the page. `known`: buyers' platform ids remembered from the inquiry list, by tradeId.
 */
export function extractAlibaba(
	doc: Document,
	url: string,
	state: AlibabaState | null = null,
	now?: Date,
	known?: KnownBuyers,
): AlibabaExtraction | null {
	try {
		const kind = alibabaPageKind(url);
		switch (kind) {
			case "rfq-list":
				return extractRfqList(doc, url, state, now);
			case "rfq-detail":
			case "rfq-quote":
				return extractRfqDetail(doc, url, state, now, kind);
			case "inquiry-list":
				return extractInquiryList(doc, url, state, now);
			case "inquiry-detail":
				return extractInquiryDetail(doc, url, state, now, known);
			case "chat":
				return extractBuyerCard(doc, url, state, now);
			case "crm-customers":
			case "crm-pool":
				return extractCrmList(doc, url, kind, now);
			default:
				return null;
		}
	} catch (error) {
		console.warn("tierline: Alibaba extraction failed", error);
		return null;
	}
}
