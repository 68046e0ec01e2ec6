import { describe, expect, it } from "vitest";
import { type PageCapture, pageCaptureSchema } from "../schema/page-capture";
import {
	buildCaptureRequest,
	draftFromContact,
	emptyDraft,
	unconfirmedFields,
	validateCapture,
} from "./capture-request";

const page: PageCapture = pageCaptureSchema.parse({
	site: "alibaba",
	url: "https://message.alibaba.com/message/detail.htm?id=77",
	pageKind: "inquiry",
	contacts: [
		{
			role: "buyer",
			name: "Omar Haddad",
			company: "Gulf Imports LLC",
			country: "AE",
			buyerId: "ae1029",
			phones: ["+971 50 123 4567"],
		},
	],
	thread: {
		kind: "inquiry",
		id: "inq-77",
		subject: "Stainless bottles",
		messages: [
			{ id: "m1", fromName: "Omar", date: "Mon, 10 Feb 2026 09:30:00 GMT", body: "Need 2000 pcs" },
			{ id: "m2", fromEmail: "me@factory.cn", date: "not a date", body: "Quote attached" },
		],
	},
	signals: { inquiry: { quantity: 2000, quantityUnit: "pcs" } },
	unconfirmed: ["contacts.0.company", "contacts[0].phones", "thread.subject", "contacts.1.name"],
});

describe("capture request from a page", () => {
	it("maps the page's contact, thread and signals onto a valid capture request", () => {
		const draft = draftFromContact(page.contacts[0]!);
		const request = buildCaptureRequest(page, draft, { isOwn: (email) => email === "me@factory.cn" });
		const checked = validateCapture(request);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.request.source).toBe("alibaba");
		expect(checked.request.contact).toMatchObject({
			name: "Omar Haddad",
			buyerId: "ae1029",
			phone: "+971 50 123 4567",
		});
		expect(checked.request.company).toMatchObject({ name: "Gulf Imports LLC", country: "AE" });
		const thread = checked.request.thread!;
		expect(thread).toMatchObject({ kind: "inquiry", externalId: "inq-77", url: page.url });
		expect(thread.messages.map((m) => m.date)).toEqual(["2026-02-10T09:30:00.000Z", undefined]);
		expect(thread.messages[1]?.direction).toBe("outbound");
		expect(thread.occurredAt).toBe("2026-02-10T09:30:00.000Z");
		expect(checked.request.signals?.inquiry?.quantity).toBe(2000);
	});

	it("lists the contact's unconfirmed fields in either path form, for that contact only", () => {
		expect(unconfirmedFields(page, 0)).toEqual(["company", "phone"]);
		expect(unconfirmedFields(page, 1)).toEqual(["name"]);
	});

	it("is a manual capture without a page, and reports what is missing", () => {
		const empty = validateCapture(buildCaptureRequest(null, emptyDraft()));
		expect(empty.ok).toBe(false);
		const manual = validateCapture(
			buildCaptureRequest(null, { ...emptyDraft(), name: " Ana ", email: "ANA@x.io" }),
		);
		expect(manual.ok && manual.request).toMatchObject({
			source: "manual",
			contact: { name: "Ana", email: "ana@x.io" },
		});
		const badEmail = validateCapture(buildCaptureRequest(null, { ...emptyDraft(), email: "not-an-email" }));
		expect(badEmail.ok ? [] : badEmail.issues.map((i) => i.path)).toContain("contact.email");
	});

	it("keeps text as text: markup in a name is just characters", () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const checked = validateCapture(buildCaptureRequest(null, { ...emptyDraft(), name: hostile }));
		expect(checked.ok && checked.request.contact.name).toBe(hostile);
	});
});

describe("a phone written without a country code", () => {
	const signed = (phonesAsWritten: string[], country?: string) =>
		pageCaptureSchema.parse({
			site: "gmail",
			url: "https://mail.google.com/mail/u/0/#inbox/abc",
			pageKind: "thread",
			contacts: [
				{
					role: "sender",
					name: "John E. Doe",
					email: "john@xxx-research.com",
					phonesAsWritten,
					...(country ? { country } : {}),
				},
			],
		});

	it("is read in the contact's country, else the team's default", () => {
		const page = signed(["(312) 346-9947"]);
		const draft = draftFromContact(page.contacts[0]!);
		expect(draft.phone).toBe("(312) 346-9947");
		const withTeam = buildCaptureRequest(page, draft, { fromPage: true, defaultCountry: "US" });
		expect(withTeam.contact).toMatchObject({ phone: "+13123469947" });
		expect(withTeam.contact.phoneAsWritten).toBeUndefined();
		const ownCountry = signed(["020 7946 0018"], "GB");
		const british = buildCaptureRequest(ownCountry, draftFromContact(ownCountry.contacts[0]!), {
			fromPage: true,
			defaultCountry: "US",
		});
		expect(british.contact.phone).toBe("+442079460018");
	});

	it("is kept as written when nothing places it, never dropped and never a phone", () => {
		const page = signed(["(312) 346-9947"]);
		const request = buildCaptureRequest(page, draftFromContact(page.contacts[0]!), { fromPage: true });
		expect(request.contact.phone).toBeUndefined();
		expect(request.contact.phoneAsWritten).toBe("(312) 346-9947");
		expect(validateCapture(request).ok).toBe(true);
		// Typed in the form: the same; something that is no phone at all goes as typed (the API explains).
		const typed = buildCaptureRequest(null, { ...emptyDraft(), name: "Jo", phone: "(312) 346-9947" });
		expect(typed.contact).toMatchObject({ phoneAsWritten: "(312) 346-9947" });
		const junk = buildCaptureRequest(null, { ...emptyDraft(), name: "Jo", phone: "call me" });
		expect(junk.contact).toMatchObject({ phone: "call me" });
		const fromPage = buildCaptureRequest(
			signed(["call me"]),
			{ ...emptyDraft(), name: "Jo", phone: "call me" },
			{
				fromPage: true,
			},
		);
		expect(fromPage.contact.phone).toBeUndefined();
		expect(fromPage.contact.phoneAsWritten).toBeUndefined();
	});
});
