import { describe, expect, it } from "vitest";
import { buyersWaiting } from "../../extension/day/waiting-threads";
import { toThreadInput } from "../../shared/capture";
import { fixture, fixtureHtml } from "../fixtures/alibaba";
import { extractFixture, parse } from "../fixtures/alibaba/extract-support";

const notOwn = () => false;

/** The inquiry detail's thread as a capture request carries it, and who waits after it. */
function capturedThread(doc?: Document, lang: "en" | "zh" = "en") {
	const out = extractFixture(fixture("inquiry-detail", lang, "dom"), doc);
	const thread = out.capture.thread;
	if (!thread) throw new Error("no thread");
	const input = toThreadInput(thread, out.capture.url, notOwn);
	const waiting = buyersWaiting([
		{ customerId: "c1", createdAt: "2026-12-06T12:00:00Z", request: { source: "alibaba", thread: input } },
	]);
	return { input, waiting };
}

describe("an Alibaba.com inquiry: who wrote the conversation's latest message", () => {
	it.each(["en", "zh"] as const)(
		"the seller's reply last (%s): the thread ends with ours, nobody waits",
		(lang) => {
			const { input, waiting } = capturedThread(undefined, lang);
			expect(input.messages.map((m) => m.direction)).toEqual(["inbound", "outbound"]);
			expect(input.messages[1]?.body).toBe("");
			expect(waiting).toEqual([]);
		},
	);

	it("without the reply the buyer's inquiry is last: they wait since it was sent", () => {
		const doc = parse(fixtureHtml(fixture("inquiry-detail", "en", "dom")));
		for (const reply of Array.from(doc.querySelectorAll(".message-item-wrapper.item-right"))) reply.remove();
		const { input, waiting } = capturedThread(doc);
		expect(input.messages.map((m) => m.direction)).toEqual(["inbound"]);
		expect(waiting).toEqual([{ customerId: "c1", since: input.messages[0]?.date, source: "alibaba" }]);
	});

	it("a later message of the buyer's after our reply: they wait since that one", () => {
		const doc = parse(fixtureHtml(fixture("inquiry-detail", "en", "dom")));
		const reply = doc.querySelector(".message-item-wrapper.item-right");
		const buyer = doc.querySelector(".message-item-wrapper.item-left");
		if (!reply || !buyer) throw new Error("fixture changed");
		const again = buyer.cloneNode(true) as Element;
		const time = again.querySelector(".item-time");
		if (time) time.textContent = "2026-11-23 10:15";
		reply.after(again);
		const { input, waiting } = capturedThread(doc);
		expect(input.messages.map((m) => m.direction)).toEqual(["inbound", "inbound"]);
		expect(waiting).toHaveLength(1);
		expect(waiting[0]?.since).toBe(input.messages[1]?.date);
		expect(input.messages[1]?.date?.startsWith("2026-11-23")).toBe(true);
	});
});
