/**
 * One buyer across Alibaba's pages: the list row (sender.accountId), the inquiry's detail page
 * (which shows no stable id: the id comes from the row, remembered by tradeId) and the OneTalk
 * chat (contactAccountId) give the same platform buyer id, so the captures become one customer.
 * Buyer-side pages are never read.
 */
import { describe, expect, it } from "vitest";
import { inPageCaptureRequest } from "../../shared/capture/in-page-capture";
import type { PageCapture } from "../../shared/schema/page-capture";

/** The in-page capture of a page's buyer, as the background builds it from one capturePage message. */
const alibabaCaptureRequest = (capture: PageCapture) =>
	inPageCaptureRequest(capture, { buyerId: capture.contacts[0]?.buyerId }, { emails: [], domains: [] });

import { extractAlibaba } from "../../extension/sites/alibaba/extract";
import { inlineGlobals } from "../../extension/sites/alibaba/inline-state";
import { pickAlibabaState } from "../../extension/sites/alibaba/page-state-pick";
import { BUYER_SIDE, fixture, fixtureHtml, fixtureState, fixtureText, secondPage } from "../fixtures/alibaba";
import { extractFixture, NOW, parse } from "../fixtures/alibaba/extract-support";

const AHMED = "2201587430921";

function rememberedFrom(rows: Array<{ row: { threadId?: string; buyerId?: string } }>): Map<string, string> {
	const known = new Map<string, string>();
	for (const { row } of rows)
		if (row.threadId?.startsWith("inquiry:") && row.buyerId) known.set(row.threadId.slice(8), row.buyerId);
	return known;
}

describe("one buyer across the list, the inquiry and the chat", () => {
	it("Ahmed is one buyer id and one email on every page", () => {
		const list = extractFixture(fixture("inquiry-list", "en", "state"));
		const known = rememberedFrom(list.rows);
		const detail = extractFixture(fixture("inquiry-detail", "zh", "state"), undefined, known);
		const chatHtml = fixtureHtml(fixture("chat", "en", "state"));
		const chatUrl = "https://onetalk.alibaba.com/message/weblitePWA.htm?from=menu#/chat?cid=cid_7702";
		const chatDoc = parse(chatHtml);
		// Ahmed's conversation open: the card shows him.
		const card = chatDoc.querySelector(".alicrm-customer-detail-card .name-text");
		if (card) card.textContent = "Ahmed Khalil Al Nuaimi";
		const chat = extractAlibaba(chatDoc, chatUrl, fixtureState(chatHtml), NOW);

		const requests = [list.rows[0]?.capture, detail.capture, chat?.capture].map((capture) =>
			capture ? alibabaCaptureRequest(capture) : null,
		);
		expect(requests.map((request) => request?.contact.buyerId)).toEqual([AHMED, AHMED, AHMED]);
		expect(requests[1]?.contact.email).toBe("ahmed@alnoor-trading.ae");
		expect(requests[1]?.thread?.externalId).toBe(list.rows[0]?.capture.thread?.id);
	});

	it("the same buyer on a later page of the list keeps the same id", () => {
		const { answer } = secondPage();
		const state = pickAlibabaState(inlineGlobals(fixtureHtml(fixture("inquiry-list", "en", "state"))), {
			feedbackPages: [answer],
			customerInfo: [],
		});
		const rows = state.inquiries.filter((row) => row.buyerName === "Ahmed Khalil Al Nuaimi");
		expect(rows.map((row) => [row.tradeId, row.buyerAccountId])).toEqual([
			["10231847765", AHMED],
			["10231827140", AHMED],
		]);
	});

	it("rows the page appends as you scroll are read like the first ones, with their page's state", () => {
		const f = fixture("inquiry-list", "en", "state");
		const doc = parse(fixtureHtml(f));
		const { answer, rowsHtml } = secondPage();
		doc.querySelector(".inquiry-list")?.insertAdjacentHTML("beforeend", rowsHtml);
		const state = pickAlibabaState(inlineGlobals(fixtureHtml(f)), {
			feedbackPages: [answer],
			customerInfo: [],
		});
		const out = extractAlibaba(doc, f.url, JSON.parse(JSON.stringify(state)), NOW);
		expect(out?.rows).toHaveLength(7);
		const later = out?.rows.find((row) => row.row.threadId === "inquiry:10231827140");
		expect(later?.row.buyerId).toBe(AHMED);
		expect(later?.nameElement?.textContent).toBe("Ahmed Khalil Al Nuaimi");
		expect(later?.capture.contacts[0]?.sources.buyerId).toBe("state");
	});
});

describe("buyer-side pages", () => {
	it("the buyer's own messenger is never captured, though it links an inquiry", () => {
		expect(extractAlibaba(parse(fixtureText(BUYER_SIDE.file)), BUYER_SIDE.url, null, NOW)).toBeNull();
		for (const url of [
			"https://message.alibaba.com/message/buyingLeads.htm?activeTab=rfq",
			"https://mysourcing.alibaba.com/rfq/request/rfq_manage_list.htm",
		])
			expect(extractAlibaba(parse(fixtureText(BUYER_SIDE.file)), url, null, NOW)).toBeNull();
	});
});
