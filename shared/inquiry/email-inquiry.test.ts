import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCaptureRequest, draftFromContact } from "../capture/capture-request";
import { parseEml } from "../email/parse-eml";
import type { PageCapture } from "../schema/page-capture";
import { scoreCustomer } from "../scoring/score-customer";
import { defaultScoringSettings } from "../scoring/settings";
import { emailInquiry, threadInquiry } from "./email-inquiry";

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/email/inquiries");
const now = new Date("2026-12-06T06:00:00Z");
const eml = async (name: string) => parseEml(new Uint8Array(await readFile(path.join(fixtures, name))));

/** The potential the engine gives the capture's sender, from what the capture request carries. */
function potentialOf(capture: PageCapture, isOwn = (_: string) => false): number {
	const sender = capture.contacts[0] ?? { role: "sender" as const, phones: [], masked: {}, sources: {} };
	const request = buildCaptureRequest(capture, draftFromContact(sender), { isOwn });
	const input = {
		orders: [],
		interactions: [],
		inquiries: request.signals?.inquiry ? [request.signals.inquiry] : [],
		company: { corporateDomain: true },
		platform: {},
	};
	return scoreCustomer(input, defaultScoringSettings, now).potential;
}

describe("inquiry quality of an email", () => {
	it("the English and Chinese inquiries get a quality and a higher potential than a newsletter", async () => {
		const [english, chinese, newsletter] = await Promise.all([
			eml("inquiry-en.eml"),
			eml("inquiry-zh.eml"),
			eml("newsletter.eml"),
		]);
		expect(emailInquiry(english, { now })).toMatchObject({ quantity: 5000, port: "Ningbo", quality: 88 });
		expect(emailInquiry(chinese, { now })).toMatchObject({
			quantity: 3000,
			port: "深圳",
			sampleRequest: true,
		});
		expect(emailInquiry(newsletter, { now })).toBeNull();
		const unknown = potentialOf(newsletter);
		expect(potentialOf(english)).toBeGreaterThan(unknown);
		expect(potentialOf(chinese)).toBeGreaterThan(unknown);
	});

	it("reads the reply part only: the quoted history's 'FOB Shanghai' is ours, not the buyer's", async () => {
		const english = await eml("inquiry-en.eml");
		expect(english.thread?.messages[0]?.quoted).toContain("FOB Shanghai");
		expect(emailInquiry(english, { now })?.found).not.toContain("FOB Shanghai");
	});

	it("the member's own messages are not the buyer's inquiry", async () => {
		const english = await eml("inquiry-en.eml");
		const isOwn = (email: string) => email === "mike.johnson@lakeshore-supply.com";
		expect(threadInquiry(english.thread, { isOwn, now })).toBeNull();
		expect(potentialOf(english, isOwn)).toBe(potentialOf(await eml("newsletter.eml")));
	});

	it("an Alibaba page keeps the inquiry its own extractor read", async () => {
		const english = await eml("inquiry-en.eml");
		const alibaba: PageCapture = { ...english, signals: { inquiry: { quantity: 7 } } };
		expect(emailInquiry(alibaba)).toBeNull();
		const request = buildCaptureRequest(
			alibaba,
			draftFromContact(english.contacts[0] ?? alibaba.contacts[0]!),
		);
		expect(request.signals?.inquiry).toEqual({ quantity: 7 });
	});
});
