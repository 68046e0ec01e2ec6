import { extractBuyerCard } from "./extract-chat";
import { extractInquiryDetail, extractInquiryList } from "./extract-inquiry";
import { extractRfqDetail, extractRfqList } from "./extract-rfq";
import { alibabaPageKind } from "./page-kind";
import type { AlibabaState } from "./page-state";
import type { AlibabaExtraction } from "./types";

/**
 * Any supported Alibaba.com seller page → what the side panel shows, or null for other pages.
 * Pure: reads the document, never changes it, never throws into the page.
 */
export function extractAlibaba(
	doc: Document,
	url: string,
	state: AlibabaState | null = null,
	now?: Date,
): AlibabaExtraction | null {
	try {
		switch (alibabaPageKind(url)) {
			case "rfq-list":
				return extractRfqList(doc, url, state, now);
			case "rfq-detail":
				return extractRfqDetail(doc, url, state, now);
			case "inquiry-list":
				return extractInquiryList(doc, url, state, now);
			case "inquiry-detail":
				return extractInquiryDetail(doc, url, state, now);
			case "chat":
				return extractBuyerCard(doc, url, now);
			default:
				return null;
		}
	} catch (error) {
		console.warn("tierline: Alibaba extraction failed", error);
		return null;
	}
}
