/**
 * Every Alibaba seller page kind, in the English and the Chinese seller interface, with page
 * state and DOM-only (fixtures written from FACTS.md): what the extension would capture.
 */
import { describe, expect, it } from "vitest";
import { extractAlibaba } from "../../extension/sites/alibaba/extract";
import { CRM_POOL, FIXTURES, fixture, fixtureText } from "../fixtures/alibaba";
import { contactOf, extractFixture, localIso, NOW, parse } from "../fixtures/alibaba/extract-support";

const AHMED = "2201587430921";
const SOFIA = "2206671203385";
const langs = ["en", "zh"] as const;

describe("inquiry list", () => {
	it.each(langs)("page state (%s): the buyer keyed by sender.accountId, country from countryCode", (lang) => {
		const out = extractFixture(fixture("inquiry-list", lang, "state"));
		expect(out.rows).toHaveLength(5);
		const ahmed = out.rows.find((row) => row.row.threadId === "inquiry:10231847765");
		expect(ahmed?.row).toEqual({
			threadId: "inquiry:10231847765",
			subject: "Inquiry about PPR pipes and fittings 20mm-110mm PN20 for villa project in Abu Dhabi",
			senders: [{ name: "Ahmed Khalil Al Nuaimi" }],
			buyerId: AHMED,
			unread: true,
			date: new Date(1795335300000).toISOString(),
		});
		const contact = contactOf(ahmed?.capture ?? out.capture);
		expect(contact).toMatchObject({
			buyerId: AHMED,
			country: "AE",
			company: "Al Noor Building Materials Trading LLC",
		});
		expect(contact.sources).toMatchObject({ buyerId: "state", name: "state", country: "state" });
		expect(ahmed?.capture.signals?.platform).toEqual({ level: "L3", yearsRegistered: 6 });
		expect(ahmed?.capture.thread?.url).toBe(
			"https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765",
		);
		expect(ahmed?.nameElement?.textContent).toBe("Ahmed Khalil Al Nuaimi");
	});

	it("lower-case country codes, empty country names and empty names are read as such", () => {
		const out = extractFixture(fixture("inquiry-list", "en", "state"));
		const jeanPierre = out.rows.find((row) => row.row.threadId === "inquiry:10231840057");
		expect(contactOf(jeanPierre?.capture ?? out.capture).country).toBe("FR");
		const noName = out.rows.find((row) => row.row.threadId === "inquiry:10231835502");
		const contact = contactOf(noName?.capture ?? out.capture);
		expect(contact.name).toBeUndefined();
		expect(contact).toMatchObject({ buyerId: "2203319950487", country: "US" });
	});

	it.each(langs)("DOM only (%s): rows by their detail links or data-trade-id, names to confirm", (lang) => {
		const out = extractFixture(fixture("inquiry-list", lang, "dom"));
		expect(out.rows.map((row) => row.row.threadId).sort()).toEqual(
			["10231835502", "10231838841", "10231840057", "10231846120", "10231847765"].map(
				(id) => `inquiry:${id}`,
			),
		);
		const sofia = out.rows.find((row) => row.row.threadId === "inquiry:10231846120");
		expect(contactOf(sofia?.capture ?? out.capture)).toMatchObject({
			name: "Sofía Ramírez Castillo",
			country: "MX",
			company: "Distribuidora Ramírez Castillo S.A. de C.V.",
		});
		// The older list names its name cell; the newer one's name is the row's first name-like text.
		expect(sofia?.capture.unconfirmed.includes("contacts.0.name")).toBe(lang === "en");
		// The row's owner (a colleague) is never taken for the buyer.
		const names = out.rows.map((row) => row.capture.contacts[0]?.name);
		expect(names).not.toContain("Lucy Chen");
		expect(names.filter((name) => name === undefined)).toHaveLength(1);
	});
});

describe("inquiry detail", () => {
	it.each(langs)(
		"the page's own queryCustomerInfo answer (%s): plain email and phone, Alibaba's signals",
		(lang) => {
			const out = extractFixture(fixture("inquiry-detail", lang, "state"));
			const contact = contactOf(out.capture);
			expect(contact).toMatchObject({
				name: "Ahmed Khalil Al Nuaimi",
				email: "ahmed@alnoor-trading.ae",
				phones: ["+971503184821"],
				company: "Al Noor Building Materials Trading LLC",
				website: "www.alnoor-trading.ae",
				country: "AE",
				masked: {},
			});
			expect(contact.sources).toMatchObject({ email: "state", phones: "state", name: "state" });
			expect(out.capture.signals?.platform).toEqual({
				yearsRegistered: 7,
				level: "L3",
				inquiriesPosted: 38,
				rfqsPosted: 7,
				loginDays: 212,
				productViews: 1264,
				repliedInquiries: 29,
				spamInquiries: 0,
				businessTypes: ["Wholesaler", "Importer"],
				preferredIndustries: ["Construction & Real Estate", "Home Improvement"],
				tradeAssuranceOrders: 3,
				tradeAssuranceAmount: 48250.5,
				tradeAssuranceDaysSinceLastOrder: 41,
			});
			// -1 (blacklisted, landline, order volume) means hidden: left out, never 0 or "-1".
			expect(out.capture.signals?.platform?.blacklistedBy).toBeUndefined();
			expect(contact.phones).toHaveLength(1);
		},
	);

	it.each(langs)(
		"the buyer card (%s): real labels, number-first figures, registration date → years",
		(lang) => {
			const out = extractFixture(fixture("inquiry-detail", lang, "dom"));
			const contact = contactOf(out.capture);
			expect(contact).toMatchObject({
				name: "Ahmed Khalil Al Nuaimi",
				email: "ahmed@alnoor-trading.ae",
				phones: ["+971503184821"],
				country: "AE",
				website: "www.alnoor-trading.ae",
			});
			expect(contact.sources).toMatchObject({ name: "label", country: "label", email: "label" });
			expect(out.capture.signals?.platform).toEqual({
				level: "L3",
				yearsRegistered: 7,
				productViews: 1264,
				inquiriesPosted: 38,
				rfqsPosted: 7,
				loginDays: 212,
				spamInquiries: 0,
			});
			expect(out.buyerNameElement?.className).toBe("name-text");
		},
	);

	it.each(langs)("the buyer's first message, not the seller's reply or the translation (%s)", (lang) => {
		const out = extractFixture(fixture("inquiry-detail", lang, "dom"));
		const message = out.capture.thread?.messages[0];
		expect(message?.body).toMatch(/^Dear Sir, We are building 40 villas/);
		expect(message?.body).not.toMatch(/Translation|翻译|thank you for your inquiry/);
		expect(message?.date).toBe(localIso(2026, 11, 22, 8, 15));
		expect(out.capture.thread?.id).toBe("inquiry:10231847765");
		expect(out.capture.unconfirmed).not.toContain("thread.messages.0.body");
		expect(out.capture.signals?.inquiry).toMatchObject({
			quantity: 5000,
			quantityUnit: "Meter",
			incoterm: "CIF",
		});
	});

	it("the buyer's platform id comes from the list row seen before (by tradeId)", () => {
		const f = fixture("inquiry-detail", "en", "state");
		const known = new Map([["10231847765", AHMED]]);
		expect(contactOf(extractFixture(f, undefined, known).capture).buyerId).toBe(AHMED);
		expect(contactOf(extractFixture(f).capture).buyerId).toBeUndefined();
	});
});

describe("OneTalk chat", () => {
	it.each(langs)("only the buyer card is read (%s): other conversations never mix in", (lang) => {
		const out = extractFixture(fixture("chat", lang, "dom"));
		const contact = contactOf(out.capture);
		expect(contact).toMatchObject({
			name: "Sofía Ramírez Castillo",
			company: "Distribuidora Ramírez Castillo S.A. de C.V.",
			country: "MX",
			masked: { email: "s*****@ramirezcastillo.com.mx" },
		});
		// The other conversation's email (Ahmed's) and Sofía's WhatsApp in the chat are not the card.
		expect(contact.email).toBeUndefined();
		expect(contact.phones).toEqual([]);
		expect(out.capture.signals?.platform).toMatchObject({
			inquiriesPosted: 12,
			spamInquiries: 1,
			blacklistedBy: 0,
		});
		expect(out.capture.signals?.platform?.level).toBe("L1+");
	});

	it.each(langs)("the conversation the address names gives the buyer's accountId (%s)", (lang) => {
		const out = extractFixture(fixture("chat", lang, "state"));
		expect(contactOf(out.capture)).toMatchObject({ buyerId: SOFIA, sources: { buyerId: "state" } });
	});

	it("without a card, nothing of the page is guessed", () => {
		const doc = parse(
			"<html><body><div>Ahmed Khalil Al Nuaimi</div><div>ahmed@alnoor-trading.ae</div></body></html>",
		);
		const out = extractAlibaba(doc, "https://onetalk.alibaba.com/message/weblitePWA.htm#/", null, NOW);
		expect(out?.capture.contacts).toEqual([]);
	});
});

describe("RFQ market", () => {
	it.each(langs)(
		"list with page state (%s): badges from tags[].tagName, country from countrySimple, no markup",
		(lang) => {
			const out = extractFixture(fixture("rfq-list", lang, "state"));
			expect(out.rows).toHaveLength(3);
			const first = out.rows.find((row) => row.row.threadId === "rfq:9B0E2D4471C84A11");
			expect(first?.row.subject).toBe("PPR pipes PN20 20mm-110mm for villa project");
			expect(contactOf(first?.capture ?? out.capture)).toMatchObject({
				name: "Khalid Hassan",
				country: "AE",
			});
			expect(first?.capture.signals?.platform).toEqual({
				emailConfirmed: true,
				experiencedBuyer: true,
				completesOrdersViaPlatform: true,
				typicallyReplies: false,
				interactiveUser: false,
			});
			expect(first?.capture.signals?.inquiry).toMatchObject({ quantity: 5000, quantityUnit: "Meter" });
			const camille = out.rows.find((row) => row.row.threadId === "rfq:E07A51B93C6D2F88");
			expect(camille?.row.subject).toBe("Bamboo cutting boards & knife blocks, private label");
			expect(camille?.capture.signals?.platform?.interactiveUser).toBe(true);
		},
	);

	it.each(langs)("list from the DOM (%s): the real row classes' labels and badges", (lang) => {
		const out = extractFixture(fixture("rfq-list", lang, "dom"));
		const first = out.rows.find((row) => row.row.threadId === "rfq:9B0E2D4471C84A11");
		expect(first?.row.subject).toBe("PPR pipes PN20 20mm-110mm for villa project");
		expect(contactOf(first?.capture ?? out.capture)).toMatchObject({ name: "Khalid Hassan", country: "AE" });
		expect(first?.capture.signals?.platform).toEqual({
			emailConfirmed: true,
			experiencedBuyer: true,
			completesOrdersViaPlatform: true,
		});
		expect(first?.capture.signals?.inquiry).toMatchObject({ quantity: 5000, quantityUnit: "Meter" });
	});

	it.each(FIXTURES.filter((f) => f.page === "rfq-detail").map((f) => [f.file, f] as const))(
		"detail %s: enDescription or the info body, the buyer profile, Trade Terms",
		(_file, f) => {
			const out = extractFixture(f);
			expect(out.capture.thread?.id).toBe("rfq:9B0E2D4471C84A11");
			expect(out.capture.thread?.messages[0]?.body).toMatch(/^We are looking for PPR pipes PN20/);
			expect(contactOf(out.capture)).toMatchObject({ name: "Khalid Hassan", country: "AE" });
			expect(out.capture.signals?.inquiry).toMatchObject({
				quantity: 5000,
				destinationCountry: "AE",
				incoterm: "CIF",
			});
			expect(out.capture.signals?.platform).toMatchObject({ emailConfirmed: true, experiencedBuyer: true });
			// "Payment Term" and "LAST VISITED" values never pass for another field's.
			expect(JSON.stringify(out.capture)).not.toMatch(/T\/T|22:10/);
		},
	);

	it("the seller's quote form reads like the detail", () => {
		const doc = parse(fixtureText(fixture("rfq-detail", "en", "dom").file));
		const url = "https://rfqposting.alibaba.com/rfq/rfq_quotation_post.htm?p=9B0E2D4471C84A11";
		const out = extractAlibaba(doc, url, null, NOW);
		expect(out?.capture.pageKind).toBe("rfq-quote");
		expect(out?.capture.thread?.id).toBe("rfq:9B0E2D4471C84A11");
		expect(out?.capture.contacts[0]?.name).toBe("Khalid Hassan");
	});
});

describe("Alibaba's own CRM", () => {
	it("public pool rows: each cell read by its column's label", () => {
		const out = extractAlibaba(parse(fixtureText(CRM_POOL.file)), CRM_POOL.url, null, NOW);
		expect(out?.capture.pageKind).toBe("crm-pool");
		expect(out?.rows.map((row) => row.row.threadId)).toEqual(["crm:80023145", "crm:80019877"]);
		expect(out?.rows.map((row) => contactOf(row.capture))).toMatchObject([
			{ name: "Ahmed Khalil Al Nuaimi", email: "ahmed@alnoor-trading.ae", country: "AE" },
			{ name: "Hannah Schmidt", company: "Schmidt Haushaltswaren GmbH", country: "DE" },
		]);
		expect(out?.rows[0]?.nameElement?.tagName).toBe("TD");
	});
});

describe("every fixture", () => {
	it.each(FIXTURES.map((f) => [f.file, f] as const))(
		"%s: a capture of the site, never a throw",
		(_file, f) => {
			const out = extractFixture(f);
			expect(out.capture.site).toBe("alibaba");
			expect(out.capture.url).toBe(f.url);
			expect(out.capture.pageKind).toBe(f.page);
		},
	);
});
