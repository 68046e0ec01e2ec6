import { describe, expect, it } from "vitest";
import { type CaptureRequest, captureRequestSchema } from "../../../shared/schema/capture";
import threadEn from "../../../tests/fixtures/gmail/thread-en-2024.html?raw";
import { extractGmailPage } from "../../sites/gmail";
import { withSignatureDetails } from "./signature-details";

// The DOM pass of a real thread layout, as the Gmail content script reports it (no signature parsing).
const page = extractGmailPage(new DOMParser().parseFromString(threadEn, "text/html"), {
	url: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
});
const request = (input: Omit<CaptureRequest, "source">) =>
	captureRequestSchema.parse({ source: "gmail", ...input });

describe("signature details for a one-click Gmail capture", () => {
	it("the page's DOM pass has no signature details of its own", () => {
		const schmidt = page.contacts.find((c) => c.email === "j.schmidt@bauhaus-import.de");
		expect(schmidt).toMatchObject({ phones: [], name: "Jürgen Schmidt" });
		expect(schmidt?.title).toBeUndefined();
	});

	it("fills the sender's empty contact and company fields from their signature, phone in E.164", () => {
		const given = request({
			contact: { name: "Jürgen Schmidt", email: "J.Schmidt@bauhaus-import.de" },
			company: { domain: "bauhaus-import.de" },
		});
		expect(withSignatureDetails(given, page)).toEqual({
			...given,
			contact: {
				...given.contact,
				phone: "+49301234567",
				skype: "juergen.schmidt.bi",
				title: "Head of Purchasing",
			},
			company: {
				domain: "bauhaus-import.de",
				name: "Bauhaus Import GmbH",
				website: "www.bauhaus-import.de",
				country: "DE",
			},
		});
	});

	it("reads the signature of the contact with the request's email, not of another sender", () => {
		const filled = withSignatureDetails(request({ contact: { email: "m.alfarsi@gulf-trading.ae" } }), page);
		expect(filled.contact).toMatchObject({ whatsapp: "+971501234567", title: "Procurement Manager" });
		expect(filled.company).toMatchObject({ name: "Gulf Trading LLC", country: "AE" });
		expect(filled.contact.skype).toBeUndefined();
	});

	it("never overwrites what the page gave", () => {
		const given = request({
			contact: { email: "j.schmidt@bauhaus-import.de", phone: "+43 1 234567", title: "CEO" },
			company: { name: "Schmidt Holding", country: "AT", website: "https://schmidt.example" },
		});
		const filled = withSignatureDetails(given, page);
		expect(filled.contact).toEqual({ ...given.contact, skype: "juergen.schmidt.bi" });
		expect(filled.company).toEqual(given.company);
	});

	it("an empty string counts as empty", () => {
		const filled = withSignatureDetails(
			request({ contact: { email: "j.schmidt@bauhaus-import.de", title: "  " }, company: { name: "" } }),
			page,
		);
		expect(filled.contact.title).toBe("Head of Purchasing");
		expect(filled.company.name).toBe("Bauhaus Import GmbH");
	});

	it("leaves the request as it is without an email on the page, without an email, or off Gmail", () => {
		const stranger = request({ contact: { email: "nobody@elsewhere.example" } });
		expect(withSignatureDetails(stranger, page)).toBe(stranger);
		const nameOnly = request({ contact: { name: "Jürgen Schmidt" } });
		expect(withSignatureDetails(nameOnly, page)).toBe(nameOnly);
		const schmidt = request({ contact: { email: "j.schmidt@bauhaus-import.de" } });
		expect(withSignatureDetails(schmidt, { ...page, site: "alibaba" })).toBe(schmidt);
	});
});
