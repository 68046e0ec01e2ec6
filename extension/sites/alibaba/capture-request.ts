/**
 * An Alibaba page's buyer as a CaptureRequest, and the keys its tier badge is looked up by.
 * The buyer id is an identity; a visible email (or the visible domain of a masked one) links the
 * buyer to a customer already known by email or corporate domain: the same dedupe as Gmail.
 * Types only from the schemas, so no zod reaches the in-page bundle.
 */
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from "../../../shared/normalize/free-mail-domains";
import { isSharedPlatformDomain } from "../../../shared/normalize/shared-platform-domains";
import type { CaptureRequest } from "../../../shared/schema/capture";
import { LIMITS } from "../../../shared/schema/limits";
import type { PageCapture, PageContact, PageThread } from "../../../shared/schema/page-capture";

type ThreadInput = NonNullable<CaptureRequest["thread"]>;

export interface BuyerKeys {
	buyerId?: string;
	email?: string;
	/** The corporate domain of the email, or of a masked email whose domain is shown. */
	domain?: string;
}

export function buyerKeys(contact: PageContact): BuyerKeys {
	const email = contact.email?.trim().toLowerCase();
	const domain = corporateDomain(email ?? contact.masked.email);
	const buyerId = contact.buyerId?.trim();
	return {
		...(buyerId ? { buyerId } : {}),
		...(email ? { email } : {}),
		...(domain ? { domain } : {}),
	};
}

/** "a******@alnoor-trading.ae" → "alnoor-trading.ae"; free mail and trade platforms → undefined. */
export function corporateDomain(email: string | undefined): string | undefined {
	const at = email?.lastIndexOf("@") ?? -1;
	if (email === undefined || at < 0) return undefined;
	const host = email
		.slice(at + 1)
		.trim()
		.toLowerCase()
		.replace(/\.$/, "");
	if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /\*/.test(host)) return undefined;
	const base = registrable(host);
	const brand = base.split(".")[0] ?? "";
	if (FREE_MAIL_DOMAINS.has(host) || FREE_MAIL_DOMAINS.has(base) || FREE_MAIL_BRANDS.has(brand))
		return undefined;
	return isSharedPlatformDomain(host) || isSharedPlatformDomain(base) ? undefined : host;
}

/**
 * "mail.yahoo.com.mx" → "yahoo.com.mx", "alnoor-trading.ae" as is: enough to recognise a
 * free-mail brand without the public-suffix list in the page (the API applies the full list).
 */
function registrable(host: string): string {
	const labels = host.split(".");
	const second = labels.at(-2) ?? "";
	const countrySecondLevel =
		(labels.at(-1) ?? "").length === 2 && /^(com|co|net|org|gov|edu|ac|or|ne|go)$/.test(second);
	return labels.slice(countrySecondLevel ? -3 : -2).join(".");
}

/** The page's buyer and conversation as a capture; null when the page shows no buyer. */
export function alibabaCaptureRequest(capture: PageCapture): CaptureRequest | null {
	const contact = capture.contacts[0];
	if (contact === undefined) return null;
	const keys = buyerKeys(contact);
	if (!contact.name && !keys.email && !keys.buyerId && !contact.phones[0] && !contact.whatsapp) return null;
	return {
		source: "alibaba",
		contact: {
			name: cut(contact.name, LIMITS.name),
			email: keys.email,
			phone: cut(contact.phones[0], LIMITS.phone),
			whatsapp: cut(contact.whatsapp, LIMITS.phone),
			buyerId: cut(keys.buyerId, 100),
		},
		company: {
			name: cut(contact.company, LIMITS.name),
			domain: keys.domain,
			website: cut(contact.website, 300),
			country: cut(contact.country, 100),
		},
		...(capture.thread ? { thread: threadInput(capture.thread, capture.url) } : {}),
		...(capture.signals ? { signals: capture.signals } : {}),
	};
}

function threadInput(thread: PageThread, pageUrl: string): ThreadInput {
	const messages = thread.messages.slice(-LIMITS.messagesPerThread).map((message) => ({
		id: message.id.slice(0, 200),
		fromName: cut(message.fromName, LIMITS.name),
		to: [],
		cc: [],
		date: message.date,
		body: message.body.slice(0, LIMITS.messageBody),
		direction: "inbound" as const,
	}));
	return {
		kind: thread.kind,
		externalId: thread.id.slice(0, 200),
		subject: cut(thread.subject, LIMITS.subject),
		url: httpsUrl(thread.url) ?? httpsUrl(pageUrl),
		occurredAt: messages.find((message) => message.date)?.date,
		messages,
		product: cut(thread.product, LIMITS.shortText),
	};
}

function httpsUrl(value: string | undefined): string | undefined {
	return value && /^https:\/\//.test(value) && value.length <= 2000 ? value : undefined;
}

function cut(value: string | undefined, max: number): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed.slice(0, max) : undefined;
}
