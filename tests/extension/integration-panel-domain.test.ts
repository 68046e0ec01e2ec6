import { describe, expect, it } from "vitest";
import {
	buildCaptureRequest,
	draftFromContact,
	emptyDraft,
	validateCapture,
} from "../../shared/capture/capture-request";
import { inPageCaptureRequest } from "../../shared/capture/in-page-capture";
import { fixture } from "../fixtures/alibaba";
import { contactOf, extractFixture } from "../fixtures/alibaba/extract-support";

// The side panel's capture carries the company domain the extractor found, as the in-page
// Alibaba button does: from the buyer's plain email (the inquiry's buyer details, 2026-12), and
// from a masked email that shows only its domain (kept as shown: a view may still mask).
describe("side panel capture: company domain", () => {
	const each = (["en", "zh"] as const).flatMap((lang) =>
		(["state", "dom"] as const).map((variant) => ({ lang, variant })),
	);

	it.each(each)(
		"Alibaba inquiry ($lang, $variant): the buyer's email and its domain, as on the in-page path",
		({ lang, variant }) => {
			const capture = extractFixture(fixture("inquiry-detail", lang, variant)).capture;
			const contact = contactOf(capture);
			expect(contact.email).toBe("ahmed@alnoor-trading.ae");
			const checked = validateCapture(buildCaptureRequest(capture, draftFromContact(contact)));
			expect(checked.ok && checked.request.company.domain).toBe("alnoor-trading.ae");
			expect(checked.ok && checked.request.source).toBe("alibaba");
			const inPage = inPageCaptureRequest(
				capture,
				{ name: contact.name, email: contact.email, buyerId: contact.buyerId },
				{ emails: [], domains: [] },
			);
			expect(inPage?.company?.domain).toBe("alnoor-trading.ae");
		},
	);

	it.each(each)(
		"OneTalk card ($lang, $variant): the masked email's domain, as on the in-page path",
		({ lang, variant }) => {
			const capture = extractFixture(fixture("chat", lang, variant)).capture;
			const contact = contactOf(capture);
			expect(contact.email).toBeUndefined();
			expect(contact.masked.email).toMatch(/@ramirezcastillo\.com\.mx$/);
			const checked = validateCapture(buildCaptureRequest(capture, draftFromContact(contact)));
			expect(checked.ok && checked.request.company.domain).toBe("ramirezcastillo.com.mx");
			const inPage = inPageCaptureRequest(
				capture,
				{ name: contact.name, email: contact.email, buyerId: contact.buyerId },
				{ emails: [], domains: [] },
			);
			expect(inPage?.company?.domain).toBe("ramirezcastillo.com.mx");
		},
	);

	it("the email the user confirmed decides; free mail gives no company domain", () => {
		const found = { ...emptyDraft(), name: "Ahmed", domain: "alnoor-trading.ae" };
		const domainOf = (email: string) => {
			const checked = validateCapture(buildCaptureRequest(null, { ...found, email }));
			return checked.ok ? checked.request.company.domain : "invalid";
		};
		expect(domainOf("ahmed@alnoor-group.ae")).toBe("alnoor-group.ae");
		// A private address typed in: the company's domain the page showed still names the company.
		expect(domainOf("ahmed.alnoor@gmail.com")).toBe("alnoor-trading.ae");
		expect(domainOf("")).toBe("alnoor-trading.ae");
	});

	it("a Gmail sender: the corporate domain of their email, none for free mail", () => {
		const draft = (email: string) =>
			draftFromContact({ role: "sender", email, phones: [], masked: {}, sources: {} });
		expect(draft("j.schmidt@bauhaus-import.de").domain).toBe("bauhaus-import.de");
		expect(draft("buyer2024@yahoo.com.mx").domain).toBe("");
		const request = buildCaptureRequest(null, draft("buyer2024@yahoo.com.mx"));
		expect(request.company?.domain).toBeUndefined();
		expect(buildCaptureRequest(null, emptyDraft()).company?.domain).toBeUndefined();
	});
});
