import { describe, expect, it } from "vitest";
import { alibabaPageKind } from "./page-kind";

describe("Alibaba page kinds", () => {
	it.each([
		["https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y&page=2", "rfq-list"],
		["https://sourcing.alibaba.com/rfq_detail.htm?p=7F3A9C21D0E84B6F", "rfq-detail"],
		["https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765", "inquiry-detail"],
		["https://message.alibaba.com/message/default.htm#feedback/detail?inquiryId=1", "inquiry-detail"],
		["https://message.alibaba.com/message/default.htm#feedback/all", "inquiry-list"],
		["https://onetalk.alibaba.com/message/weblitePWA.htm", "chat"],
		["https://www.alibaba.com/product-detail/PPR-Pipe_1600934512877.html", null],
		["https://sourcing.alibaba.com/", null],
		["https://mail.google.com/mail/u/0/#inbox", null],
		["not a url", null],
	])("%s → %s", (url, kind) => {
		expect(alibabaPageKind(url)).toBe(kind);
	});
});
