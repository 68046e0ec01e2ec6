import { normalizeEmail } from "../../shared/normalize/email";
import {
	type CaptureRequest,
	type CaptureRequestParsed,
	captureRequestSchema,
	type ThreadInput,
} from "../../shared/schema/capture";
import type { CaptureSource } from "../../shared/schema/common";
import { LIMITS } from "../../shared/schema/limits";
import type { PageCapture, PageContact, PageMessage, PageThread } from "../../shared/schema/page-capture";
import { buyerKeys, corporateDomain } from "../sites/alibaba/capture-request";

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
		phone: contact.phones[0] ?? "",
		whatsapp: contact.whatsapp ?? "",
		wechat: contact.wechat ?? "",
		skype: contact.skype ?? "",
		title: contact.title ?? "",
		buyerId: contact.buyerId ?? "",
		company: contact.company ?? "",
		website: contact.website ?? "",
		country: contact.country ?? "",
		address: contact.address ?? "",
		domain: buyerKeys(contact).domain ?? "",
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

const cut = (s: string | undefined, max: number) => (s ? s.slice(0, max) : undefined);
const blank = (s: string) => (s.trim() ? s.trim() : undefined);

function isoOrUndefined(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function validUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === "https:" || url.protocol === "http:" ? value.slice(0, 2000) : undefined;
	} catch {
		return undefined;
	}
}

function toMessage(
	message: PageMessage,
	ownEmails: Set<string>,
): NonNullable<ThreadInput["messages"]>[number] {
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
		...(fromEmail ? { direction: ownEmails.has(fromEmail) ? "outbound" : "inbound" } : {}),
	};
}

export function toThreadInput(thread: PageThread, pageUrl: string, ownEmails: Set<string>): ThreadInput {
	const messages = thread.messages.slice(-LIMITS.messagesPerThread).map((m) => toMessage(m, ownEmails));
	const dates = messages.map((m) => m.date).filter((d): d is string => d !== undefined);
	return {
		kind: thread.kind,
		externalId: thread.id.slice(0, 200),
		subject: cut(thread.subject, LIMITS.subject),
		url: validUrl(thread.url) ?? validUrl(pageUrl),
		occurredAt: dates.sort().at(-1),
		messages,
		product: cut(thread.product, LIMITS.shortText),
	};
}

/** A capture request from the page (if any) and the confirmed draft; validated by `validateCapture`. */
export function buildCaptureRequest(
	page: PageCapture | null,
	draft: ContactDraft,
	options: { ownEmails?: string[] } = {},
): CaptureRequest {
	const own = new Set((options.ownEmails ?? []).map((e) => e.toLowerCase()));
	return {
		source: page ? SOURCES[page.site] : "manual",
		contact: {
			name: blank(draft.name),
			email: blank(draft.email)?.toLowerCase(),
			phone: blank(draft.phone),
			whatsapp: blank(draft.whatsapp),
			wechat: blank(draft.wechat),
			skype: blank(draft.skype),
			title: blank(draft.title),
			buyerId: blank(draft.buyerId),
		},
		company: {
			name: blank(draft.company),
			domain: companyDomain(draft),
			website: blank(draft.website),
			country: blank(draft.country),
			address: blank(draft.address),
		},
		...(page?.thread ? { thread: toThreadInput(page.thread, page.url, own) } : {}),
		...(page?.signals ? { signals: page.signals } : {}),
	};
}

/** The confirmed email's corporate domain, else the one the extractor found. */
function companyDomain(draft: ContactDraft): string | undefined {
	const email = blank(draft.email);
	return (email ? corporateDomain(email) : undefined) ?? blank(draft.domain);
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

/** Lookup keys of a page contact: its email, buyer id and company domain. */
export function contactKeys(contact: PageContact): { emails: string[]; buyerIds: string[] } {
	const email = contact.email ? normalizeEmail(contact.email) : null;
	return {
		emails: email ? [email] : [],
		buyerIds: contact.buyerId ? [contact.buyerId.trim().toLowerCase()] : [],
	};
}
