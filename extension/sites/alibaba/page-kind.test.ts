import { describe, expect, it } from "vitest";
import { alibabaPageKind, isBuyerSidePage } from "./page-kind";

describe("Alibaba page kinds (every seller address in FACTS.md)", () => {
	it.each([
		["https://message.alibaba.com/message/default.htm#feedback/all", "inquiry-list"],
		["https://message.alibaba.com/message/default.htm#feedback/unread", "inquiry-list"],
		["https://message.alibaba.com/message/default.htm#feedback/spam", "inquiry-list"],
		["https://message.alibaba.com/message/default.htm#feedback/all?order=desc&pageSize=100", "inquiry-list"],
		["https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765", "inquiry-detail"],
		["https://message.alibaba.com/message/maDetail.htm?imInquiryId=1#/feedback/detail/", "inquiry-detail"],
		["https://message.alibaba.com/message/default.htm#feedback/detail/all/10231847765", "inquiry-detail"],
		["https://onetalk.alibaba.com/message/weblitePWA.htm?from=menu#/", "chat"],
		["https://onetalk.alibaba.com/message/alicrm.htm?contactAccountIdEncrypt=x&secTradeId=y", "chat"],
		["https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y&page=2", "rfq-list"],
		["https://sourcing.alibaba.com/rfq/onepage/rfq_search_list.htm", "rfq-list"],
		["https://sourcing.alibaba.com/rfq_search_list.htm?SearchText=pipe", "rfq-list"],
		["https://sourcing.alibaba.com/rfq_detail.htm?p=7F3A9C21D0E84B6F", "rfq-detail"],
		["https://sourcing.alibaba.com/rfq/onepage/rfq_detail.htm?p=7F3A9C21D0E84B6F", "rfq-detail"],
		["https://rfqposting.alibaba.com/rfq/rfq_quotation_post.htm?p=7F3A9C21D0E84B6F", "rfq-quote"],
		["https://alicrm.alibaba.com/#my-customer", "crm-customers"],
		["https://i.alibaba.com/hub/alicrm/public_customer", "crm-pool"],
		// Buyer-side pages and everything else: not ours.
		["https://message.alibaba.com/message/messenger.htm#/", null],
		["https://message.alibaba.com/message/buyingLeads.htm?activeTab=rfq", null],
		["https://mysourcing.alibaba.com/rfq/request/rfq_manage_list.htm", null],
		["https://www.alibaba.com/product-detail/PPR-Pipe_1600934512877.html", null],
		["https://sourcing.alibaba.com/", null],
		["http://message.alibaba.com/message/default.htm#feedback/all", null],
		["https://mail.google.com/mail/u/0/#inbox", null],
		["not a url", null],
	])("%s → %s", (url, kind) => {
		expect(alibabaPageKind(url)).toBe(kind);
	});

	it("knows the buyer's own pages", () => {
		expect(isBuyerSidePage("https://message.alibaba.com/message/messenger.htm#/")).toBe(true);
		expect(isBuyerSidePage("https://message.alibaba.com/message/buyingLeads.htm?activeTab=rfq")).toBe(true);
		expect(isBuyerSidePage("https://mysourcing.alibaba.com/rfq/x.htm")).toBe(true);
		expect(isBuyerSidePage("https://message.alibaba.com/message/default.htm#feedback/all")).toBe(false);
	});
});
