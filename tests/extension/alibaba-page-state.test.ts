/**
 * The page-state bridge: the main-world picker passes on only the fields Tierline uses, the
 * isolated side accepts only well-formed messages with our tag, and the two talk through
 * window.postMessage.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
	type AlibabaState,
	parseStateMessage,
	RFQ_FIELDS,
	STATE_MESSAGE_TAG,
} from "../../extension/sites/alibaba/page-state";
import { pickAlibabaState } from "../../extension/sites/alibaba/page-state-pick";
import { PageStateBridge } from "../../extension/sites/alibaba/state-bridge";
import { installStateReporter } from "../../extension/sites/alibaba/state-reporter";
import { fixture, fixtureGlobals, fixtureHtml, fixtureState } from "../fixtures/alibaba";

const message = (state: unknown) => ({ tag: STATE_MESSAGE_TAG, kind: "state", state });

describe("main-world picker", () => {
	it("reads the RFQ rows at PAGE_DATA.index.data and keeps only the fields we use", () => {
		const state = pickAlibabaState(fixtureGlobals(fixtureHtml(fixture("rfq-list", "en", "state"))));
		expect(state.rfqs).toHaveLength(6);
		expect(state.rfqs[0]).toEqual({
			rfqId: "2011904471",
			subject:
				"Stainless steel commercial kitchen equipment for a new restaurant in Dubai Marina: 6-burner gas range, under...",
			buyerName: "Mohammed Al Mansoori",
			portraitPath: "//sc04.alicdn.com/kf/buyer-portrait/H7a1c0e2f.jpg",
			openTimeStr: "17 minutes before",
			rfqLeftCount: 8,
			country: "United Arab Emirates",
			quantity: 20,
			quantityUnit: "Set/Sets",
			emailConfirmed: true,
			rfqStarLevel: 2,
			hasQuoEquity: true,
			quotesOrigin: true,
			quotesDiscount: false,
			url: "//sourcing.alibaba.com/rfq_detail.htm?p=7F3A9C21D0E84B6F",
		});
		for (const row of state.rfqs) {
			for (const key of Object.keys(row)) expect(Object.keys(RFQ_FIELDS)).toContain(key);
		}
	});

	it("finds detail objects by their field names wherever the state tree puts them", () => {
		const globals = fixtureGlobals(fixtureHtml(fixture("rfq-detail", "en", "state")));
		const detail = (globals.PAGE_DATA as { detail: { rfq: unknown } }).detail.rfq;
		const moved = { PAGE_DATA: { app: { modules: [{ props: { data: detail } }] } } };
		expect(pickAlibabaState(moved).rfqDetail).toEqual(pickAlibabaState(globals).rfqDetail);
		expect(pickAlibabaState(moved).rfqDetail?.description).toMatch(/^Dear supplier,/);
	});

	it("leaves out everything else the page keeps (the seller's account, tracking)", () => {
		const state = pickAlibabaState(fixtureGlobals(fixtureHtml(fixture("inquiry-detail", "en", "state"))));
		expect(JSON.stringify(state)).not.toMatch(/Lucy Chen|cn1510093377|sellerAccount|trackInfo/);
		expect(state.inquiry?.buyerEmail).toBe("a******@alnoor-trading.ae");
	});

	it("survives hostile state: cycles, getters that throw, huge trees", () => {
		const cyclic: Record<string, unknown> = { rows: [] };
		cyclic.self = cyclic;
		Object.defineProperty(cyclic, "trap", {
			enumerable: true,
			get() {
				throw new Error("no");
			},
		});
		const wide = { list: Array.from({ length: 5000 }, (_, i) => ({ n: i, deeper: { more: [i] } })) };
		expect(pickAlibabaState({ PAGE_DATA: cyclic, __INIT_DATA__: wide })).toEqual({ rfqs: [], inquiries: [] });
	});
});

describe("isolated-side validation", () => {
	it("turns the fixtures' state into the same state after a structured clone", () => {
		const state = fixtureState(fixtureHtml(fixture("inquiry-list", "zh", "state")));
		expect(state?.inquiries.map((i) => i.buyerId)).toEqual([
			"ae1520887410qzfd",
			"mx1498230017kbtr",
			"fr1377420951wzcx",
			"ca1602245583hmpd",
			"us1533918064rqla",
		]);
	});

	it("ignores messages that are not ours", () => {
		expect(parseStateMessage(null)).toBeNull();
		expect(parseStateMessage("tierline")).toBeNull();
		expect(parseStateMessage({ tag: "other", kind: "state", state: {} })).toBeNull();
		expect(parseStateMessage({ tag: STATE_MESSAGE_TAG, kind: "request" })).toBeNull();
		expect(parseStateMessage({ tag: STATE_MESSAGE_TAG, kind: "state", state: [] })).toBeNull();
	});

	it("drops fields of the wrong type or size and unknown fields", () => {
		const state = parseStateMessage(
			message({
				rfqs: [
					{
						rfqId: 2011904471,
						buyerName: { html: "<img src=x onerror=alert(1)>" },
						subject: "x".repeat(1001),
						quantity: "5,000",
						rfqLeftCount: -1,
						hasQuoEquity: "yes",
						script: "alert(1)",
					},
					"not a row",
				],
				inquiries: "nope",
				inquiry: { buyerId: "ae1", content: "y".repeat(20_000), verified: true },
			}),
		);
		expect(state).toEqual<AlibabaState>({
			rfqs: [{ rfqId: "2011904471", quantity: 5000 }],
			inquiries: [],
			inquiry: { buyerId: "ae1", content: "y".repeat(20_000), verified: true },
		});
	});

	it("keeps at most 200 rows", () => {
		const rows = Array.from({ length: 500 }, (_, i) => ({ rfqId: String(i) }));
		expect(parseStateMessage(message({ rfqs: rows }))?.rfqs).toHaveLength(200);
	});
});

// Real Chromium (tests/e2e/alibaba-*.test.ts) runs both halves end to end; happy-dom's
// postMessage does not set event.source to the window, so here each half meets real
// MessageEvents dispatched on the window.
describe("bridge halves", () => {
	afterEach(() => {
		delete (window as unknown as Record<string, unknown>).PAGE_DATA;
	});

	it("the main-world reporter answers with the picked state", async () => {
		Object.assign(window, fixtureGlobals(fixtureHtml(fixture("rfq-list", "en", "state"))));
		const controller = new AbortController();
		const reply = new Promise<unknown>((resolve) =>
			window.addEventListener("message", (event) => resolve(event.data), { signal: controller.signal }),
		);
		installStateReporter(window);
		const state = parseStateMessage(await reply);
		controller.abort();
		expect(state?.rfqs.map((r) => r.buyerName)).toContain("陈志明");
	});

	it("the isolated bridge takes valid state from this window and ignores everything else", () => {
		const controller = new AbortController();
		const bridge = new PageStateBridge();
		let changes = 0;
		bridge.onChange(() => changes++, controller.signal);
		bridge.start(window, controller.signal);
		const origin = window.location.origin;
		const valid = message({ rfqs: [{ rfqId: "1", buyerName: "Camille Dubois" }] });
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
		expect(bridge.current()?.rfqs).toEqual([{ rfqId: "1", buyerName: "Camille Dubois" }]);
		expect(changes).toBe(1);
		controller.abort();
		send(message({ rfqs: [] }));
		expect(bridge.current()?.rfqs).toHaveLength(1);
	});
});
