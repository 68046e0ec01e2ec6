import { describe, expect, it } from "vitest";
import { type PageCapture, pageCaptureSchema } from "../schema/page-capture";
import { validateCapture } from "./capture-request";
import { inPageCaptureRequest } from "./in-page-capture";
import { ownAccountOf } from "./never-a-lead";

const page: PageCapture = pageCaptureSchema.parse({
	site: "gmail",
	url: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQ",
	pageKind: "thread",
	contacts: [
		{
			role: "sender",
			name: "Mohammed Al Farsi",
			email: "M.AlFarsi@gulf-trading.ae",
			phones: ["(04) 555 0199", "not a phone"],
			whatsapp: "+971 50 123 4567",
			company: "Gulf Trading LLC",
			country: "AE",
			title: "Purchasing Manager",
		},
	],
	thread: {
		kind: "email",
		id: "18c2f",
		subject: "RFQ stainless bottles",
		messages: [
			{
				id: "m1",
				fromEmail: "m.alfarsi@gulf-trading.ae",
				date: "2026-02-10T09:30:00Z",
				body: "5,000 pcs FOB Ningbo",
			},
			{ id: "m2", fromEmail: "ann@acme.com", date: "2026-02-11T09:30:00Z", body: "Quote attached" },
		],
	},
});
const own = ownAccountOf(["ann@acme.com"]);

describe("inPageCaptureRequest", () => {
	it("captures the person clicked with what the page read about them and their conversation", () => {
		const request = inPageCaptureRequest(page, { email: "m.alfarsi@gulf-trading.ae" }, own);
		const checked = validateCapture(request!);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.request.contact).toMatchObject({
			name: "Mohammed Al Farsi",
			email: "m.alfarsi@gulf-trading.ae",
			phone: "+97145550199",
			whatsapp: "+971501234567",
			title: "Purchasing Manager",
		});
		expect(checked.request.company).toMatchObject({
			name: "Gulf Trading LLC",
			domain: "gulf-trading.ae",
			country: "AE",
		});
		expect(checked.request.thread?.messages.map((m) => m.direction)).toEqual(["inbound", "outbound"]);
	});

	it("someone not among the page's contacts is captured alone, without another person's conversation", () => {
		const request = inPageCaptureRequest(page, { email: "li@sales.acme.co.uk", name: "Li" }, own);
		expect(request).toMatchObject({ source: "gmail", contact: { email: "li@sales.acme.co.uk", name: "Li" } });
		expect(request?.company?.domain).toBe("acme.co.uk");
		expect(request?.thread).toBeUndefined();
	});

	it("a phone that does not parse is left out rather than refusing the capture", () => {
		const request = inPageCaptureRequest(
			{ ...page, contacts: [{ ...page.contacts[0]!, country: undefined, phones: ["(555) 346-9947"] }] },
			{ email: "m.alfarsi@gulf-trading.ae" },
			own,
		);
		expect(validateCapture(request!).ok).toBe(true);
		expect(request?.contact.phone).toBeUndefined();
	});

	it("finds an Alibaba buyer by buyer id, and gives nothing for nobody", () => {
		const alibaba = pageCaptureSchema.parse({
			site: "alibaba",
			url: "https://message.alibaba.com/x",
			pageKind: "inquiry-detail",
			contacts: [
				{ role: "buyer", name: "Omar", buyerId: "AE1029", masked: { email: "o***@gulf-imports.ae" } },
			],
		});
		const request = inPageCaptureRequest(alibaba, { buyerId: " ae1029 " }, own);
		expect(request).toMatchObject({
			source: "alibaba",
			contact: { buyerId: "AE1029" },
			company: { domain: "gulf-imports.ae" },
		});
		expect(inPageCaptureRequest(alibaba, {}, own)).toBeNull();
		// A card without id or address: the buyer is the contact of that name, masked domain and all.
		const card = { ...alibaba, contacts: [{ ...alibaba.contacts[0]!, buyerId: undefined }] };
		expect(inPageCaptureRequest(card, { name: "Omar" }, own)?.company?.domain).toBe("gulf-imports.ae");
	});
});
