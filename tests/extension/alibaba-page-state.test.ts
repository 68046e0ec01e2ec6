/**
 * The page-state bridge: the main-world picker reads the state Alibaba's pages really carry
 * (FACTS.md) and passes on only the fields Tierline uses, validated in the page's world; the
 * isolated side accepts only well-formed messages with our tag; the two talk by postMessage.
 */
import { afterEach, describe, expect, it } from "vitest";
import { inlineGlobals } from "../../extension/sites/alibaba/inline-state";
import {
	type AlibabaState,
	INQUIRY_FIELDS,
	parseStateMessage,
	RFQ_FIELDS,
	STATE_MESSAGE_TAG,
} from "../../extension/sites/alibaba/page-state";
import { pickAlibabaState } from "../../extension/sites/alibaba/page-state-pick";
import { PageStateBridge } from "../../extension/sites/alibaba/state-bridge";
import { installStateReporter } from "../../extension/sites/alibaba/state-reporter";
import { customerInfoAnswer, fixture, fixtureHtml, fixtureState, secondPage } from "../fixtures/alibaba";

const message = (state: unknown) => ({ tag: STATE_MESSAGE_TAG, kind: "state", state });
const globalsOf = (page: Parameters<typeof fixture>[0]) =>
	inlineGlobals(fixtureHtml(fixture(page, "en", "state")));

describe("main-world picker", () => {
	it("inquiry list: window.feedbackListResponse.list, entries are arrays whose first element is the inquiry", () => {
		const state = pickAlibabaState(globalsOf("inquiry-list"));
		expect(state.inquiries).toHaveLength(5);
		expect(state.inquiries[0]).toEqual({
			tradeId: "10231847765",
			subject: "Inquiry about PPR pipes and fittings 20mm-110mm PN20 for villa project in Abu Dhabi",
			buyerAccountId: "2201587430921",
			buyerName: "Ahmed Khalil Al Nuaimi",
			buyerCompany: "Al Noor Building Materials Trading LLC",
			buyerCountry: "ae",
			buyerLevel: "L3",
			yearsRegistered: 6,
			productName: "PPR Pipe PN20 Green 20-110mm DIN 8077",
			quantity: 5000,
			quantityUnit: "Meter",
			createTime: 1795335300000,
			unread: true,
			ownerName: "Lucy Chen",
		});
		for (const row of state.inquiries)
			for (const key of Object.keys(row)) expect(Object.keys(INQUIRY_FIELDS)).toContain(key);
		// secTradeId / secAccountId are re-issued on every answer: never kept, never a key.
		expect(JSON.stringify(state)).not.toMatch(/sAcc_|sec_/);
	});

	it("a list whose second page arrives later: the page's own subjectList.htm answer adds its rows once", () => {
		const { answer } = secondPage();
		const state = pickAlibabaState(globalsOf("inquiry-list"), {
			feedbackPages: [answer, answer],
			customerInfo: [],
		});
		expect(state.inquiries.map((row) => row.tradeId)).toEqual([
			"10231847765",
			"10231846120",
			"10231840057",
			"10231838841",
			"10231835502",
			"10231829913",
			"10231827140",
		]);
		// The same buyer on two inquiries keeps one accountId.
		expect(state.inquiries.filter((row) => row.buyerAccountId === "2201587430921")).toHaveLength(2);
	});

	it("inquiry detail: the queryCustomerInfo answer; -1 is hidden, never a value", () => {
		const state = pickAlibabaState({}, { feedbackPages: [], customerInfo: [customerInfoAnswer()] });
		expect(state.customer).toMatchObject({
			firstName: "Ahmed Khalil",
			email: "ahmed@alnoor-trading.ae",
			mobile: "+971-50-318-4821",
			registerDate: 1573516800,
			taOrderCount: 3,
			taTotalAmount: 48250.5,
			crmOwnerName: "Lucy Chen",
		});
		expect(state.customer?.phone).toBeUndefined();
		expect(state.customer?.blacklisted).toBeUndefined();
	});

	it("RFQ market: PAGE_DATA index and relate rows, tags[].tagName, countrySimple, subjects without markup", () => {
		const state = pickAlibabaState(globalsOf("rfq-list"));
		expect(state.rfqs).toHaveLength(4);
		expect(state.rfqs[0]).toMatchObject({
			rfqId: "9B0E2D4471C84A11",
			subject: "PPR pipes PN20 20mm-110mm for villa project",
			country: "AE",
			tags: ["emailConfirm", "experienced_buyer", "complete_order_via_rfq"],
			quantity: 5000,
		});
		for (const row of state.rfqs)
			for (const key of Object.keys(row)) expect(Object.keys(RFQ_FIELDS)).toContain(key);
		expect(state.rfqs[2]?.subject).toBe("Bamboo cutting boards & knife blocks, private label");
	});

	it("RFQ detail: enDescription, wherever the state tree puts it", () => {
		const globals = globalsOf("rfq-detail");
		const detail = (globals.PAGE_DATA as { detail: { rfq: unknown } }).detail.rfq;
		const moved = { PAGE_DATA: { app: { modules: [{ props: { data: detail } }] } } };
		expect(pickAlibabaState(moved).rfqDetail).toEqual(pickAlibabaState(globals).rfqDetail);
		expect(pickAlibabaState(moved).rfqDetail?.description).toMatch(/^We are looking for PPR pipes/);
	});

	it("OneTalk: the conversations of __VMFsConv__cache__, not the seller's own account", () => {
		const state = pickAlibabaState(inlineGlobals(fixtureHtml(fixture("chat", "zh", "state"))));
		expect(state.chats).toEqual([
			{ cid: "cid_7731", contactAccountId: "2206671203385" },
			{ cid: "cid_7702", contactAccountId: "2201587430921" },
			{ cid: "cid_7650", contactAccountId: "2210344876512" },
		]);
		expect(JSON.stringify(state)).not.toContain("2100889900112");
	});

	it("rejects hostile state in the page's world: wrong types, huge strings, prototype keys, getters, cycles", () => {
		const proto = Object.prototype as Record<string, unknown>;
		proto.tradeId = "999";
		try {
			const getter = {};
			Object.defineProperty(getter, "tradeId", { enumerable: true, get: () => "777" });
			const cyclic: Record<string, unknown> = {};
			cyclic.self = cyclic;
			const hostile = {
				feedbackListResponse: {
					list: [
						[
							{
								tradeId: { toString: () => "1" },
								subject: "x".repeat(1001),
								sender: { accountId: ["2"], name: 42 },
							},
						],
						[getter],
						[JSON.parse('{"__proto__": {"tradeId": "888"}, "subject": "only a subject"}')],
						"not an entry",
						[{ tradeId: "10231847765", createTime: -1, hasUnread: "no", sender: "nope" }],
					],
				},
				PAGE_DATA: cyclic,
				__VMFsConv__cache__: { a: { b: { c: { d: { e: { contactAccountId: "too deep" } } } } } },
			};
			const state = pickAlibabaState(hostile);
			expect(state).toEqual<AlibabaState>({
				rfqs: [],
				inquiries: [{ subject: "only a subject" }, { tradeId: "10231847765", unread: false }],
				chats: [],
			});
		} finally {
			delete proto.tradeId;
		}
	});
});

describe("isolated-side validation", () => {
	it("turns the fixtures' state into the same state after a structured clone", () => {
		const state = fixtureState(fixtureHtml(fixture("inquiry-list", "zh", "state")));
		expect(state?.inquiries.map((i) => i.buyerAccountId)).toEqual([
			"2201587430921",
			"2206671203385",
			"2198045512760",
			"2210344876512",
			"2203319950487",
		]);
	});

	it("ignores messages that are not ours (or of the earlier version)", () => {
		expect(parseStateMessage(null)).toBeNull();
		expect(parseStateMessage("tierline")).toBeNull();
		expect(parseStateMessage({ tag: "other", kind: "state", state: {} })).toBeNull();
		expect(parseStateMessage({ tag: "tierline:alibaba-state:v1", kind: "state", state: {} })).toBeNull();
		expect(parseStateMessage({ tag: STATE_MESSAGE_TAG, kind: "request" })).toBeNull();
		expect(parseStateMessage({ tag: STATE_MESSAGE_TAG, kind: "state", state: [] })).toBeNull();
	});

	it("drops fields of the wrong type or size, hidden values and unknown fields", () => {
		const state = parseStateMessage(
			message({
				rfqs: [
					{
						rfqId: 117392051,
						buyerName: { html: "<img src=x onerror=alert(1)>" },
						subject: "x".repeat(1001),
						quantity: "5,000",
						rfqLeftCount: -1,
						tags: ["emailConfirm", 7, { tagName: "x" }],
						script: "alert(1)",
					},
					"not a row",
				],
				inquiries: "nope",
				customer: {
					email: "-1",
					mobile: "-",
					loginDays: "212",
					validInquiries: "-1",
					businessTypes: "Importer",
				},
			}),
		);
		expect(state).toEqual<AlibabaState>({
			rfqs: [{ rfqId: "117392051", quantity: 5000, tags: ["emailConfirm", "7"] }],
			inquiries: [],
			chats: [],
			customer: { loginDays: 212 },
		});
	});

	it("keeps at most 200 rows", () => {
		const rows = Array.from({ length: 500 }, (_, i) => ({ rfqId: String(i) }));
		expect(parseStateMessage(message({ rfqs: rows }))?.rfqs).toHaveLength(200);
	});
});

// Real Chromium (tests/e2e/alibaba-capture.test.ts) runs both halves end to end, with the page's
// own XHR and JSONP; happy-dom's postMessage does not set event.source to the window, so here
// each half meets real MessageEvents dispatched on the window.
describe("bridge halves", () => {
	afterEach(() => {
		delete (window as unknown as Record<string, unknown>).feedbackListResponse;
	});

	it("the main-world reporter answers with the picked state", async () => {
		Object.assign(window, globalsOf("inquiry-list"));
		const controller = new AbortController();
		const reply = new Promise<unknown>((resolve) =>
			window.addEventListener("message", (event) => resolve(event.data), { signal: controller.signal }),
		);
		installStateReporter(window);
		const state = parseStateMessage(await reply);
		controller.abort();
		expect(state?.inquiries.map((r) => r.buyerName)).toContain("Sofía Ramírez Castillo");
	});

	it("the isolated bridge takes valid state from this window and ignores everything else", () => {
		const controller = new AbortController();
		const bridge = new PageStateBridge();
		let changes = 0;
		bridge.onChange(() => changes++, controller.signal);
		bridge.start(window, controller.signal);
		const origin = window.location.origin;
		const valid = message({ rfqs: [{ rfqId: "1", buyerName: "Camille Laurent" }] });
		const send = (data: unknown, init: { source?: Window | null; origin?: string } = {}) =>
			window.dispatchEvent(
				new MessageEvent("message", {
					data,
					origin: init.origin ?? origin,
					source: "source" in init ? (init.source ?? null) : window,
				}),
			);
		send(valid, { source: null });
		send(valid, { origin: "https://evil.example" });
		send(message("forged"));
		expect(bridge.current()).toBeNull();
		send(valid);
		expect(bridge.current()?.rfqs).toEqual([{ rfqId: "1", buyerName: "Camille Laurent" }]);
		expect(changes).toBe(1);
		controller.abort();
		send(message({ rfqs: [] }));
		expect(bridge.current()?.rfqs).toHaveLength(1);
	});
});
