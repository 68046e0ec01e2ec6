/**
 * What a page read (Gmail, Alibaba, a selection, an .eml) or a person typed, as a capture
 * request: the one builder for the in-page buttons (through the background), the side panel's
 * form and the .eml view. The worker validates and normalises the same request.
 */

import { isPhoneLine } from "../contact-text/phone-line";
import { withEmailInquiry } from "../inquiry/email-inquiry";
import { countryCode } from "../normalize/country";
import { normalizeEmail } from "../normalize/email";
import { normalizePhone } from "../normalize/phone";
import {
	type CaptureRequest,
	type CaptureRequestParsed,
	captureRequestSchema,
	type ThreadInput,
} from "../schema/capture";
import type { CaptureSource } from "../schema/common";
import { LIMITS } from "../schema/limits";
import type { PageCapture, PageContact, PageMessage, PageThread } from "../schema/page-capture";
import { corporateDomain } from "./corporate-domain";

/** The editable fields of a capture, as the form shows them (plain strings; "" = empty). */
export interface ContactDraft {
	name: string;
	email: string;
	phone: string;
	whatsapp: string;
	wechat: string;
	skype: string;
	title: string;
	buyerId: string;
	company: string;
	website: string;
	country: string;
	address: string;
	/**
	 * The company domain the extractor found (an email's, or the visible domain of a masked one:
	 * "a******@alnoor-trading.ae"); not a form field, carried through so dedupe keeps its link.
	 */
	domain: string;
}

export const DRAFT_FIELDS: Array<keyof ContactDraft> = [
	"name",
	"email",
	"company",
	"title",
	"phone",
	"whatsapp",
	"wechat",
	"skype",
	"buyerId",
	"website",
	"country",
	"address",
];

export function emptyDraft(): ContactDraft {
	return { ...(Object.fromEntries(DRAFT_FIELDS.map((f) => [f, ""])) as unknown as ContactDraft), domain: "" };
}

export function draftFromContact(contact: PageContact): ContactDraft {
	return {
		...emptyDraft(),
		name: contact.name ?? "",
		email: contact.email ?? "",
		phone: contact.phones[0] ?? contact.phonesAsWritten?.[0] ?? "",
		whatsapp: contact.whatsapp ?? "",
		wechat: contact.wechat ?? "",
		skype: contact.skype ?? "",
		title: contact.title ?? "",
		buyerId: contact.buyerId ?? "",
		company: contact.company ?? "",
		website: contact.website ?? "",
		country: contact.country ?? "",
		address: contact.address ?? "",
		domain: corporateDomain(contact.email ?? contact.masked.email) ?? "",
	};
}

/** Draft fields the extractor was unsure of ("contacts.<i>.<field>" paths), to confirm before capture. */
export function unconfirmedFields(page: PageCapture, contactIndex: number): Array<keyof ContactDraft> {
	const prefix = `contacts.${contactIndex}.`;
	const fields = new Set<keyof ContactDraft>();
	for (const raw of page.unconfirmed) {
		const path = raw.replace(/\[(\d+)\]/g, ".$1");
		if (!path.startsWith(prefix)) continue;
		const field = path.slice(prefix.length).split(".")[0];
		const mapped = field === "phones" ? "phone" : field;
		if (DRAFT_FIELDS.includes(mapped as keyof ContactDraft)) fields.add(mapped as keyof ContactDraft);
	}
	return DRAFT_FIELDS.filter((f) => fields.has(f));
}

const SOURCES: Record<PageCapture["site"], CaptureSource> = {
	gmail: "gmail",
	alibaba: "alibaba",
	selection: "selection",
	eml: "eml",
};

export interface BuildOptions {
	/** Sent by the member or a colleague: the thread's outbound messages. */
	isOwn?: (email: string) => boolean;
	/**
	 * Values read from a page (not typed): phones are written in international form with the
	 * country the contact implies, and ones that do not parse are left out, so a signature's
	 * "(555) 346-9947" never costs the capture. Typed values go as typed (the API says what is wrong).
	 */
	fromPage?: boolean;
	/** The team's default country: where a number without a country code is read when the contact implies none. */
	defaultCountry?: string | null;
}

/** A capture request from the page (if any) and the confirmed draft; validated by `validateCapture`. */
export function buildCaptureRequest(
	page: PageCapture | null,
	draft: ContactDraft,
	options: BuildOptions = {},
): CaptureRequest {
	const isOwn = options.isOwn ?? (() => false);
	const country = blank(draft.country);
	const phoneCountry = countryCode(country ?? "") ?? options.defaultCountry ?? undefined;
	const phone = options.fromPage ? pagePhone(phoneCountry) : blank;
	const placed = placePhone(draft.phone, phoneCountry, options.fromPage === true);
	// An email's own words are read for inquiry quality here, so every capture path gets it.
	const withInquiry = page ? withEmailInquiry(page, { isOwn }) : null;
	return {
		source: page ? SOURCES[page.site] : "manual",
		contact: {
			name: cut(blank(draft.name), LIMITS.name),
			email: blank(draft.email)?.toLowerCase(),
			phone: placed.phone,
			phoneAsWritten: placed.asWritten,
			whatsapp: phone(draft.whatsapp),
			wechat: cut(blank(draft.wechat), 100),
			skype: cut(blank(draft.skype), 100),
			title: cut(blank(draft.title), LIMITS.name),
			buyerId: cut(blank(draft.buyerId), 100),
		},
		company: {
			name: cut(blank(draft.company), LIMITS.name),
			domain: companyDomain(draft),
			website: cut(blank(draft.website), 300),
			country: cut(country, 100),
			address: cut(blank(draft.address), LIMITS.shortText),
		},
		...(withInquiry?.thread ? { thread: toThreadInput(withInquiry.thread, withInquiry.url, isOwn) } : {}),
		...(withInquiry?.signals ? { signals: withInquiry.signals } : {}),
	};
}

export function toThreadInput(
	thread: PageThread,
	pageUrl: string,
	isOwn: (email: string) => boolean,
): ThreadInput {
	const messages = thread.messages.slice(-LIMITS.messagesPerThread).map((m) => toMessage(m, isOwn));
	const dates = messages.map((m) => m.date).filter((d): d is string => d !== undefined);
	return {
		kind: thread.kind,
		externalId: thread.id.slice(0, 200),
		subject: cut(thread.subject, LIMITS.subject),
		url: webUrl(thread.url) ?? webUrl(pageUrl),
		occurredAt: dates.sort().at(-1),
		messages,
		product: cut(thread.product, LIMITS.shortText),
	};
}

export type CaptureValidation =
	| { ok: true; request: CaptureRequestParsed }
	| { ok: false; issues: Array<{ path: string; message: string }> };

export function validateCapture(request: CaptureRequest): CaptureValidation {
	const parsed = captureRequestSchema.safeParse(request);
	if (parsed.success) return { ok: true, request: parsed.data };
	return {
		ok: false,
		issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
	};
}

function toMessage(message: PageMessage, isOwn: (email: string) => boolean): ThreadInput["messages"][number] {
	const fromEmail = message.fromEmail ? (normalizeEmail(message.fromEmail) ?? undefined) : undefined;
	const addresses = (list: string[]) =>
		list.filter((a) => a.length <= LIMITS.email).slice(0, LIMITS.participants);
	return {
		id: message.id.slice(0, 200) || "message",
		fromName: cut(message.fromName, LIMITS.name),
		fromEmail,
		to: addresses(message.to),
		cc: addresses(message.cc),
		date: isoOrUndefined(message.date),
		body: message.body.slice(0, LIMITS.messageBody),
		...(fromEmail
			? { direction: isOwn(fromEmail) ? "outbound" : "inbound" }
			: message.direction
				? { direction: message.direction }
				: {}),
	};
}

/** The confirmed email's corporate domain, else the one the extractor found. */
function companyDomain(draft: ContactDraft): string | undefined {
	const email = blank(draft.email);
	return (email ? corporateDomain(email) : null) ?? corporateDomain(blank(draft.domain)) ?? undefined;
}

/**
 * The contact's phone: in international form when it parses (with `country` for a number written
 * without a code); a phone-shaped number without a code that nothing places is kept as written
 * (the API reads it in the team's country, or stores it as written, never as a key); anything else
 * read from a page is left out. Typed numbers go as typed (the API reads them the same way, and
 * says what is wrong).
 */
function placePhone(
	raw: string,
	country: string | undefined,
	fromPage: boolean,
): { phone?: string; asWritten?: string } {
	const value = blank(raw);
	if (value === undefined) return {};
	const e164 = normalizePhone(value, country);
	if (e164 !== null) return { phone: fromPage ? e164 : value };
	if (!/^\s*(?:\+|00)/.test(value) && isPhoneLine(value)) return { asWritten: value.slice(0, LIMITS.phone) };
	return fromPage ? {} : { phone: value };
}

function pagePhone(country: string | undefined): (raw: string) => string | undefined {
	return (raw) => {
		const value = blank(raw);
		return value ? (normalizePhone(value, country) ?? undefined) : undefined;
	};
}

function blank(value: string): string | undefined {
	const trimmed = value.trim();
	return trimmed ? trimmed : undefined;
}

function cut(value: string | undefined, max: number): string | undefined {
	return value ? value.slice(0, max) : undefined;
}

function isoOrUndefined(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function webUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === "https:" || url.protocol === "http:" ? value.slice(0, 2000) : undefined;
	} catch {
		return undefined;
	}
}
