import { describe, expect, it } from "vitest";
import { captureRequestSchema } from "../../../shared/schema/capture";
import type { PageCapture, PageContact } from "../../../shared/schema/page-capture";
import { alibabaCaptureRequest, buyerKeys, corporateDomain } from "./capture-request";

const contact = (fields: Partial<PageContact>): PageContact => ({
	role: "buyer",
	phones: [],
	masked: {},
	sources: {},
	...fields,
});

const inquiry: PageCapture = {
	site: "alibaba",
	url: "https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765",
	pageKind: "inquiry-detail",
	contacts: [
		contact({
			name: "Ahmed Khalil Al Nuaimi",
			company: "Al Noor Building Materials Trading LLC",
			country: "AE",
			buyerId: "ae1520887410qzfd",
			masked: { email: "a******@alnoor-trading.ae", phone: "+971-50-***-4821" },
		}),
	],
	thread: {
		kind: "inquiry",
		id: "inquiry:10231847765",
		subject: "Inquiry about PPR pipes",
		url: "https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765",
		product: "PPR Pipe PN20",
		messages: [
			{
				id: "inquiry:10231847765#1",
				fromName: "Ahmed Khalil Al Nuaimi",
				to: [],
				cc: [],
				date: "2026-11-22T08:15:00.000Z",
				body: "Dear Sir/Madam, …",
				quoted: "",
				signature: "",
				collapsed: false,
			},
		],
		participants: [],
	},
	rows: [],
	signals: { inquiry: { quantity: 12000, incoterm: "CIF" }, platform: { verifiedBuyer: true } },
	unconfirmed: [],
};

describe("an Alibaba buyer as a capture request", () => {
	it("carries the buyer id as an identity and the visible domain of a masked email", () => {
		const request = alibabaCaptureRequest(inquiry);
		expect(request).toMatchObject({
			source: "alibaba",
			contact: { name: "Ahmed Khalil Al Nuaimi", buyerId: "ae1520887410qzfd" },
			company: { name: "Al Noor Building Materials Trading LLC", domain: "alnoor-trading.ae", country: "AE" },
			thread: {
				kind: "inquiry",
				externalId: "inquiry:10231847765",
				occurredAt: "2026-11-22T08:15:00.000Z",
				product: "PPR Pipe PN20",
				messages: [{ direction: "inbound", fromName: "Ahmed Khalil Al Nuaimi" }],
			},
			signals: { inquiry: { quantity: 12000, incoterm: "CIF" }, platform: { verifiedBuyer: true } },
		});
		// A masked value is never sent as the email or the phone.
		expect(request?.contact.email).toBeUndefined();
		expect(request?.contact.phone).toBeUndefined();
		expect(captureRequestSchema.safeParse(request).success).toBe(true);
	});

	it("keeps free-mail and platform domains out of the company", () => {
		expect(corporateDomain("m***@gmail.com")).toBeUndefined();
		expect(corporateDomain("buyer@yahoo.com.mx")).toBeUndefined();
		expect(corporateDomain("someone@alibaba.com")).toBeUndefined();
		expect(corporateDomain("s*****@ramirezcastillo.com.mx")).toBe("ramirezcastillo.com.mx");
		expect(corporateDomain("a***@***.ae")).toBeUndefined();
		expect(buyerKeys(contact({ email: "Carlos@Iluminacion-Norte.MX", buyerId: " mx1 " }))).toEqual({
			buyerId: "mx1",
			email: "carlos@iluminacion-norte.mx",
			domain: "iluminacion-norte.mx",
		});
	});

	it("gives nothing when the page shows no buyer", () => {
		expect(alibabaCaptureRequest({ ...inquiry, contacts: [] })).toBeNull();
		expect(alibabaCaptureRequest({ ...inquiry, contacts: [contact({ country: "AE" })] })).toBeNull();
	});

	it("an RFQ buyer known only by name is still a valid capture", () => {
		const request = alibabaCaptureRequest({
			...inquiry,
			contacts: [contact({ name: "Carlos Hernández Ruiz", country: "MX" })],
			thread: { kind: "rfq", id: "rfq:9B0E2D4471C84A11", messages: [], participants: [] },
		});
		expect(request?.thread).toMatchObject({ kind: "rfq", externalId: "rfq:9B0E2D4471C84A11" });
		expect(captureRequestSchema.safeParse(request).success).toBe(true);
	});
});
