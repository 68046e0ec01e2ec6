/**
 * The Alibaba extractors on the written fixtures (tests/fixtures/alibaba/PROVENANCE.md): every
 * page in English and Chinese, with embedded state and DOM-only.
 */
import { describe, expect, it } from "vitest";
import { extractAlibaba } from "../../extension/sites/alibaba/extract";
import type { PageCapture } from "../../shared/schema/page-capture";
import {
	FIXTURES,
	type FixtureLang,
	type FixtureVariant,
	fixture,
	fixtureHtml,
	fixtureState,
} from "../fixtures/alibaba";
import {
	comparable,
	contactOf,
	extractFixture,
	localIso,
	NOW,
	parse,
} from "../fixtures/alibaba/extract-support";

const LANGS: FixtureLang[] = ["en", "zh"];
const VARIANTS: FixtureVariant[] = ["state", "dom"];
const each = LANGS.flatMap((lang) => VARIANTS.map((variant) => ({ lang, variant })));

describe("RFQ market list", () => {
	const ids = [
		"7F3A9C21D0E84B6F",
		"1C55E0B7A9D34F20",
		"9B0E2D4471C84A11",
		"4D2A7E90B3F1C655",
		"E1F06B3C8D2A4977",
		"2A8C6D1E0F9B3357",
	];
	const names = [
		"Mohammed Al Mansoori",
		"Camille Dubois",
		"Carlos Hernández Ruiz",
		"John Smith",
		"Fatima Al-Zahrani",
		"陈志明",
	];

	it.each(each)("reads every row's buyer and RFQ ($lang, $variant)", ({ lang, variant }) => {
		const out = extractFixture(fixture("rfq-list", lang, variant));
		expect(out.capture.pageKind).toBe("rfq-list");
		expect(out.rows.map((r) => r.capture.thread?.id)).toEqual(ids.map((id) => `rfq:${id}`));
		expect(out.rows.map((r) => r.capture.thread?.url)).toEqual(
			ids.map((id) => `https://sourcing.alibaba.com/rfq_detail.htm?p=${id}`),
		);
		expect(out.rows.map((r) => contactOf(r.capture).name)).toEqual(names);
		expect(out.rows.map((r) => r.nameElement?.textContent)).toEqual(names);
		expect(out.rows.map((r) => contactOf(r.capture).country)).toEqual(["AE", "FR", "MX", "US", "SA", "MY"]);
		expect(out.rows.map((r) => r.capture.signals?.inquiry?.quantity)).toEqual([
			20, 3000, 400, 1, 5000, 100000,
		]);
		expect(out.capture.rows.map((r) => r.senders[0]?.name)).toEqual(names);
		// Long subjects stay as the page cut them.
		expect(out.rows[0]?.capture.thread?.subject).toMatch(/under\.\.\.$/);
		expect(out.rows.map((r) => r.capture.signals?.inquiry?.genericRequest)).toEqual([
			false,
			false,
			false,
			true,
			false,
			false,
		]);
	});

	it("takes buyer signals from the state's tags and flags", () => {
		const rows = extractFixture(fixture("rfq-list", "en", "state")).rows.map((r) => r.capture);
		expect(rows.map((r) => r.signals?.platform)).toEqual([
			{ emailConfirmed: true, experiencedBuyer: true, completesOrdersViaPlatform: true },
			{ emailConfirmed: false, experiencedBuyer: false, completesOrdersViaPlatform: false },
			{ emailConfirmed: true, experiencedBuyer: true, completesOrdersViaPlatform: false },
			{ emailConfirmed: false, experiencedBuyer: false, completesOrdersViaPlatform: false },
			{ emailConfirmed: true, experiencedBuyer: false, completesOrdersViaPlatform: false },
			{ emailConfirmed: true, experiencedBuyer: true, completesOrdersViaPlatform: true },
		]);
		// All from state, but the incoterm of row 3 is only in the buyer's own words.
		expect(rows.map((r) => r.unconfirmed)).toEqual([[], [], ["signals.inquiry.incoterm"], [], [], []]);
		expect(contactOf(rows[0] as PageCapture).sources).toEqual({ name: "state", country: "state" });
		expect(rows[0]?.signals?.inquiry?.quantityUnit).toBe("Set/Sets");
	});

	it.each(LANGS)("reads the same signals from the DOM's badges, where shown (%s)", (lang) => {
		const rows = extractFixture(fixture("rfq-list", lang, "dom")).rows.map((r) => r.capture);
		expect(rows.map((r) => r.signals?.platform?.emailConfirmed)).toEqual([
			true,
			undefined,
			true,
			undefined,
			true,
			true,
		]);
		expect(rows.map((r) => r.signals?.platform?.experiencedBuyer)).toEqual([
			true,
			undefined,
			true,
			undefined,
			undefined,
			true,
		]);
		// The name sits beside the portrait (anchored: "label"); the country is bare text: confirm it.
		expect(contactOf(rows[0] as PageCapture).sources).toEqual({ name: "label", country: "text" });
		expect(rows[0]?.unconfirmed).toEqual(["contacts.0.country"]);
		expect(rows[0]?.signals?.inquiry?.quantityUnit).toBe(lang === "en" ? "Set/Sets" : "套");
	});

	it("keeps relative dates as the page shows them", () => {
		expect(extractFixture(fixture("rfq-list", "en", "state")).capture.rows[0]?.date).toBe(
			"17 minutes before",
		);
		expect(extractFixture(fixture("rfq-list", "zh", "dom")).capture.rows[0]?.date).toBe("17分钟前");
	});
});

describe("RFQ detail", () => {
	it.each(each)(
		"reads the RFQ, the buyer profile and the inquiry's quality ($lang, $variant)",
		({ lang, variant }) => {
			const { capture, buyerNameElement } = extractFixture(fixture("rfq-detail", lang, variant));
			const contact = contactOf(capture);
			expect(contact).toMatchObject({
				role: "buyer",
				name: "Carlos Hernández Ruiz",
				company: "Iluminación Industrial del Norte S.A. de C.V.",
				country: "MX",
			});
			expect(contact.buyerId).toBeUndefined();
			expect(buyerNameElement?.textContent).toBe("Carlos Hernández Ruiz");
			expect(capture.thread).toMatchObject({
				kind: "rfq",
				id: "rfq:9B0E2D4471C84A11",
				subject:
					"LED high bay light 150W IP65 for warehouse, 5 years warranty, need CE and RoHS certificates and DDP Monterrey price",
			});
			const message = capture.thread?.messages[0];
			expect(message?.date).toBe(localIso(2026, 11, 22, 9, 41));
			expect(message?.body.split("\n")).toEqual([
				"Dear supplier,",
				"We are a lighting distributor in Monterrey and need 400 pcs LED high bay 150W, IP65, 5000K, 140 lm/W, Meanwell driver, 5 years warranty.",
				"Please quote DDP Monterrey, our target price is USD 38/pc. CE and RoHS certificates required. We would like 2 samples first for testing.",
				"Saludos,",
				"Carlos Hernández Ruiz",
			]);
			expect(capture.signals?.inquiry).toMatchObject({
				quantity: 400,
				destinationCountry: "MX",
				targetPrice: 38,
				targetPriceCurrency: "USD",
				incoterm: "DDP",
				hasSpecifications: true,
				sampleRequest: true,
				genericRequest: false,
			});
			expect(capture.signals?.platform).toMatchObject({
				emailConfirmed: true,
				experiencedBuyer: true,
				yearsRegistered: 4,
				rfqsPosted: 9,
				inquiriesPosted: 23,
			});
		},
	);

	it("records which layer each field came from", () => {
		const state = extractFixture(fixture("rfq-detail", "en", "state")).capture;
		const dom = extractFixture(fixture("rfq-detail", "en", "dom")).capture;
		expect(contactOf(state).sources).toEqual({ name: "state", company: "label", country: "state" });
		expect(contactOf(dom).sources).toEqual({ name: "label", company: "label", country: "label" });
		expect(state.unconfirmed).toEqual([]);
		// Without state the subject is only the page's heading: the user confirms it.
		expect(dom.unconfirmed).toEqual(["thread.subject"]);
	});
});

describe("message centre inquiry list", () => {
	const buyerIds = [
		"ae1520887410qzfd",
		"mx1498230017kbtr",
		"fr1377420951wzcx",
		"ca1602245583hmpd",
		"us1533918064rqla",
	];

	it.each(each)("reads buyers, ids and inquiries ($lang, $variant)", ({ lang, variant }) => {
		const out = extractFixture(fixture("inquiry-list", lang, variant));
		const contacts = out.rows.map((r) => contactOf(r.capture));
		expect(contacts.map((c) => c.buyerId)).toEqual(buyerIds);
		expect(contacts.map((c) => c.name)).toEqual([
			"Ahmed Khalil Al Nuaimi",
			"Sofía Ramírez Castillo",
			"Jean-Pierre Moreau",
			"王丽",
			"Emily Johnson",
		]);
		expect(contacts.map((c) => c.country)).toEqual(["AE", "MX", "FR", "CA", "US"]);
		expect(contacts.map((c) => c.company)).toEqual([
			"Al Noor Building Materials Trading LLC",
			"Distribuidora Ramírez Castillo S.A. de C.V.",
			undefined,
			"Maple Leaf Tea House Inc.",
			"Little Sprout Baby Co.",
		]);
		expect(out.capture.rows.map((r) => r.threadId)).toEqual([
			"inquiry:10231847765",
			"inquiry:10231846120",
			"inquiry:10231840057",
			"inquiry:10231838841",
			"inquiry:10231835502",
		]);
		expect(out.capture.rows.map((r) => r.buyerId)).toEqual(buyerIds);
		expect(out.capture.rows[0]?.date).toBe(localIso(2026, 11, 22, 8, 15));
		expect(out.rows[1]?.capture.thread?.url).toBe(
			"https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231846120",
		);
		expect(out.rows.map((r) => r.nameElement?.tagName)).toEqual(["A", "A", "A", "A", "A"]);
		expect(out.capture.rows.slice(0, 2).map((r) => r.unread)).toEqual([true, true]);
	});

	it("takes the buyer id from page state or from the profile link", () => {
		const state = contactOf(
			extractFixture(fixture("inquiry-list", "en", "state")).rows[0]?.capture as PageCapture,
		);
		const dom = contactOf(
			extractFixture(fixture("inquiry-list", "zh", "dom")).rows[0]?.capture as PageCapture,
		);
		expect(state.sources).toMatchObject({
			buyerId: "state",
			name: "state",
			company: "state",
			country: "state",
		});
		expect(dom.sources).toMatchObject({
			buyerId: "attribute",
			name: "attribute",
			company: "text",
			country: "text",
		});
	});

	it("marks a bare catalogue request as generic", () => {
		const rows = extractFixture(fixture("inquiry-list", "en", "dom")).rows;
		expect(rows[2]?.capture.thread?.subject).toBe("Please send me your catalogue and price list");
		expect(rows[2]?.capture.signals?.inquiry?.genericRequest).toBe(true);
		expect(rows[3]?.capture.signals?.inquiry?.genericRequest).toBe(false);
	});
});

describe("message centre inquiry detail", () => {
	it.each(each)(
		"reads the buyer card, masked details and the message ($lang, $variant)",
		({ lang, variant }) => {
			const { capture, buyerNameElement } = extractFixture(fixture("inquiry-detail", lang, variant));
			const contact = contactOf(capture);
			expect(contact).toMatchObject({
				name: "Ahmed Khalil Al Nuaimi",
				company: "Al Noor Building Materials Trading LLC",
				country: "AE",
				buyerId: "ae1520887410qzfd",
				masked: { email: "a******@alnoor-trading.ae", phone: "+971-50-***-4821" },
			});
			// Masked values are kept as shown, never completed into an email or a phone.
			expect(contact.email).toBeUndefined();
			expect(contact.phones).toEqual([]);
			expect(buyerNameElement?.tagName).toBe("A");
			expect(capture.thread).toMatchObject({
				kind: "inquiry",
				id: "inquiry:10231847765",
				product: "PPR Pipe PN20 Green 20-110mm DIN 8077",
				subject:
					"Inquiry about PPR pipes and fittings 20mm-110mm PN20 for villa project in Abu Dhabi, please quote CIF Khalifa Port",
			});
			const body = capture.thread?.messages[0]?.body ?? "";
			expect(
				body.startsWith("Dear Sir/Madam,\nWe are a building materials trading company in Abu Dhabi."),
			).toBe(true);
			expect(
				body.endsWith(
					"Best regards,\nAhmed Khalil Al Nuaimi\nPurchasing Manager\nAl Noor Building Materials Trading LLC",
				),
			).toBe(true);
			expect(capture.thread?.messages[0]?.date).toBe(localIso(2026, 11, 22, 8, 15));
			expect(capture.signals?.inquiry).toMatchObject({
				quantity: 12000,
				targetPrice: 0.85,
				targetPriceCurrency: "USD",
				incoterm: "CIF",
				hasSpecifications: true,
				genericRequest: false,
			});
			expect(capture.signals?.platform).toEqual({
				verifiedBuyer: true,
				emailConfirmed: true,
				yearsRegistered: 6,
				inquiriesPosted: 41,
				rfqsPosted: 7,
			});
		},
	);

	it("gives the same message from page state and from the DOM", () => {
		const state = extractFixture(fixture("inquiry-detail", "en", "state")).capture;
		const dom = extractFixture(fixture("inquiry-detail", "en", "dom")).capture;
		expect(dom.thread?.messages[0]?.body).toBe(state.thread?.messages[0]?.body);
	});

	it("asks the user to confirm what only free text said", () => {
		const state = extractFixture(fixture("inquiry-detail", "en", "state")).capture;
		const dom = extractFixture(fixture("inquiry-detail", "en", "dom")).capture;
		// The target price and incoterm are only in the buyer's words, with or without state.
		expect(state.unconfirmed.sort()).toEqual(
			[
				"signals.inquiry.incoterm",
				"signals.inquiry.targetPrice",
				"signals.inquiry.targetPriceCurrency",
			].sort(),
		);
		expect(dom.unconfirmed).toEqual(
			expect.arrayContaining(["thread.subject", "thread.messages.0.body", "signals.inquiry.targetPrice"]),
		);
		expect(dom.unconfirmed).not.toContain("contacts.0.name");
		expect(contactOf(dom).sources).toEqual({
			name: "attribute",
			company: "label",
			country: "label",
			buyerId: "attribute",
			"masked.email": "label",
			"masked.phone": "label",
		});
	});
});

describe("web chat buyer card", () => {
	it.each(LANGS)("reads only the card of the open conversation (%s)", (lang) => {
		const { capture, buyerNameElement } = extractFixture(fixture("chat", lang, "dom"));
		expect(capture.contacts).toHaveLength(1);
		expect(contactOf(capture)).toMatchObject({
			name: "Sofía Ramírez Castillo",
			company: "Distribuidora Ramírez Castillo S.A. de C.V.",
			country: "MX",
			buyerId: "mx1498230017kbtr",
			masked: { email: "s*****@ramirezcastillo.com.mx" },
		});
		expect(capture.signals?.platform).toEqual({
			verifiedBuyer: true,
			emailConfirmed: true,
			yearsRegistered: 3,
			inquiriesPosted: 12,
		});
		expect(capture.thread).toBeUndefined();
		expect(buyerNameElement?.tagName).toBe("A");
	});
});

describe("every fixture", () => {
	it.each(FIXTURES.map((f) => [f.file, f] as const))(
		"records a layer for every contact field: %s",
		(_file, f) => {
			const out = extractFixture(f);
			for (const capture of [out.capture, ...out.rows.map((r) => r.capture)]) {
				for (const contact of capture.contacts) {
					const present = [
						...(["name", "email", "whatsapp", "company", "website", "country", "buyerId"] as const).filter(
							(field) => contact[field] !== undefined,
						),
						...(contact.phones.length > 0 ? ["phones"] : []),
						...Object.keys(contact.masked).map((field) => `masked.${field}`),
					];
					expect(Object.keys(contact.sources).sort()).toEqual(present.sort());
					const textFields = Object.entries(contact.sources).filter(([, source]) => source === "text");
					for (const [field] of textFields) expect(capture.unconfirmed).toContain(`contacts.0.${field}`);
				}
			}
		},
	);

	it.each(
		(["rfq-list", "rfq-detail", "inquiry-list", "inquiry-detail", "chat"] as const).flatMap((page) =>
			VARIANTS.filter((v) => page !== "chat" || v === "dom").map((variant) => [page, variant] as const),
		),
	)("gives the same result in the English and the Chinese seller interface: %s, %s", (page, variant) => {
		const strip = (f: ReturnType<typeof comparable>) =>
			JSON.parse(
				JSON.stringify(f, (key, value) =>
					// Units and relative dates are shown in the interface's language.
					key === "quantityUnit" || (page === "rfq-list" && key === "date") ? undefined : value,
				),
			);
		const en = comparable(extractFixture(fixture(page, "en", variant)));
		const zh = comparable(extractFixture(fixture(page, "zh", variant)));
		expect(strip(zh)).toEqual(strip(en));
	});
});

describe("stale page state (in-app navigation the state was not updated for)", () => {
	it("an inquiry page ignores state about another inquiry", () => {
		const f = fixture("inquiry-detail", "en", "dom");
		const stale = fixtureState(fixtureHtml(fixture("inquiry-detail", "en", "state")));
		if (!stale?.inquiry) throw new Error("no state");
		const other = {
			...stale,
			inquiry: { ...stale.inquiry, inquiryId: "10231846120", buyerName: "Someone Else" },
		};
		const out = extractAlibaba(parse(fixtureHtml(f)), f.url, other, NOW);
		expect(comparable(out as NonNullable<typeof out>)).toEqual(comparable(extractFixture(f)));
	});

	it("an RFQ page ignores state about another RFQ", () => {
		const f = fixture("rfq-detail", "en", "dom");
		const stale = fixtureState(fixtureHtml(fixture("rfq-detail", "en", "state")));
		if (!stale?.rfqDetail) throw new Error("no state");
		const other = {
			...stale,
			rfqDetail: { ...stale.rfqDetail, url: "//sourcing.alibaba.com/rfq_detail.htm?p=1C55E0B7A9D34F20" },
		};
		const out = extractAlibaba(parse(fixtureHtml(f)), f.url, other, NOW);
		expect(contactOf(out?.capture as PageCapture).sources.name).toBe("label");
	});

	it("a list drawn on the page shows its own rows only; state rows alone show while nothing is drawn", () => {
		const f = fixture("inquiry-list", "en", "dom");
		const state = fixtureState(fixtureHtml(fixture("inquiry-list", "en", "state")));
		if (!state) throw new Error("no state");
		const extra = {
			...state,
			inquiries: [...state.inquiries, { inquiryId: "999", buyerName: "Gone Buyer" }],
		};
		const drawn = extractAlibaba(parse(fixtureHtml(f)), f.url, extra, NOW);
		expect(drawn?.rows.map((r) => contactOf(r.capture).name)).not.toContain("Gone Buyer");
		const empty = extractAlibaba(parse("<html><body><div id=root></div></body></html>"), f.url, extra, NOW);
		expect(empty?.rows).toHaveLength(6);
		expect(empty?.rows.every((r) => r.element === null && r.nameElement === null)).toBe(true);
	});
});
