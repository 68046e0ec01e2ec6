/**
 * Gmail's in-page "Save to Tierline" sends what the DOM shows: the content script leaves
 * signature parsing out (phone metadata would break its size budget). Here, in the background,
 * the sender's signature is read from the tab's latest PageCapture (stored from `pageCaptured`)
 * and fills the request's EMPTY fields; what the page gave is never overwritten.
 */
import { parseContactText } from "../../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../../shared/contact-text/split-signature";
import { stripQuotedReply } from "../../../shared/email/strip-quoted-reply";
import { countryCode } from "../../../shared/normalize/country";
import { normalizeEmail } from "../../../shared/normalize/email";
import { normalizePhone } from "../../../shared/normalize/phone";
import { registrableDomain } from "../../../shared/normalize/registrable-domain";
import { type CaptureRequestParsed, captureRequestSchema } from "../../../shared/schema/capture";
import { LIMITS } from "../../../shared/schema/limits";
import type { PageCapture, PageContact } from "../../../shared/schema/page-capture";
import type { MessageContext } from "../../messaging/router";
import { enrichCapture } from "../../sites/gmail/enrich-capture";
import type { TierlineDb } from "../../store/db";

const GMAIL_ORIGIN = "https://mail.google.com";

/** The request with the signature's details, when it came from a Gmail tab's content script. */
export async function withGmailSignature(
	db: TierlineDb,
	request: CaptureRequestParsed,
	context: Pick<MessageContext, "from" | "tabId" | "sender">,
): Promise<CaptureRequestParsed> {
	if (context.from !== "content" || context.tabId === undefined || request.source !== "gmail") return request;
	if (!isGmailUrl(context.sender.url ?? context.sender.tab?.url)) return request;
	const page = await db.pages.get(context.tabId);
	return page ? withSignatureDetails(request, page.capture) : request;
}

/**
 * Fills the capture's empty contact fields (phone, WhatsApp, WeChat, Skype, title) and company
 * fields (name, website, country) from the signature of the page's contact with the request's
 * email. Values the API would refuse are left out, so enrichment never costs the capture.
 */
export function withSignatureDetails(request: CaptureRequestParsed, page: PageCapture): CaptureRequestParsed {
	const email = request.contact.email ? normalizeEmail(request.contact.email) : null;
	if (page.site !== "gmail" || email === null) return request;
	const enriched = enrichCapture(page, { stripQuotedReply, splitSignature, parseContactText });
	const found = enriched.contacts.find((c) => c.email !== undefined && normalizeEmail(c.email) === email);
	if (found === undefined) return request;
	const filled = fill(request, found);
	const checked = captureRequestSchema.safeParse(filled);
	return checked.success ? checked.data : request;
}

function fill(request: CaptureRequestParsed, found: PageContact): CaptureRequestParsed {
	const { contact, company } = request;
	const country = company.country || validCountry(found.country);
	const phoneCountry = country ? (countryCode(country) ?? undefined) : undefined;
	const phone = (raw: string | undefined) =>
		raw ? (normalizePhone(raw, phoneCountry) ?? undefined) : undefined;
	return {
		...request,
		contact: fillEmpty(contact, {
			phone: found.phones.map(phone).find((p) => p !== undefined),
			whatsapp: phone(found.whatsapp),
			wechat: cut(found.wechat, 100),
			skype: cut(found.skype, 100),
			title: cut(found.title, LIMITS.name),
		}),
		company: fillEmpty(company, {
			name: cut(found.company, LIMITS.name),
			website: validWebsite(found.website),
			country,
		}),
	};
}

/** `target` with each of `values` set where the target has nothing ("" or missing). */
function fillEmpty<T extends object>(target: T, values: { [K in keyof T]?: T[K] }): T {
	const out = { ...target };
	for (const key of Object.keys(values) as Array<keyof T>) {
		const value = values[key];
		if (value !== undefined && !out[key]) out[key] = value;
	}
	return out;
}

function validCountry(value: string | undefined): string | undefined {
	return value ? (countryCode(value) ?? undefined) : undefined;
}

function validWebsite(value: string | undefined): string | undefined {
	const website = cut(value, 300);
	return website && registrableDomain(website) !== null ? website : undefined;
}

function cut(value: string | undefined, max: number): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed.slice(0, max) : undefined;
}

function isGmailUrl(url: string | undefined): boolean {
	if (!url) return false;
	try {
		return new URL(url).origin === GMAIL_ORIGIN;
	} catch {
		return false;
	}
}
