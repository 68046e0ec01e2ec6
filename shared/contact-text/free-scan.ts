import { normalizeEmail } from "../normalize/email";
import { normalizePhone } from "../normalize/phone";
import { registrableDomain } from "../normalize/registrable-domain";

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,63}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。；、）)\]]+/giu;
const WHATSAPP_LINK =
	/\b(?:https?:\/\/)?(?:wa\.me\/\+?\d[\d-]{5,20}|(?:api|web)\.whatsapp\.com\/send\/?\?[^\s<>"']*phone=\+?\d{6,20}[^\s<>"']*)/giu;
const SKYPE_LINK = /\bskype:([\w.:-]{3,64}?)(?:\?|\s|$)/iu;
const INTERNATIONAL_PHONE = /(?:\+|\b00)\s?\(?\d{1,4}\)?(?:[\s.\-/]?\(?\d{1,6}\)?){2,8}/gu;
const MESSAGING_HOST = /(?:^|\.)(?:wa\.me|whatsapp\.com|t\.me|weixin\.qq\.com|skype\.com)$/i;

export function findEmails(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(EMAIL)) {
		const email = normalizeEmail(match[0]);
		if (email !== null && !found.includes(email)) found.push(email);
	}
	return found;
}

export function findWhatsAppLinks(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(WHATSAPP_LINK)) {
		const phone = normalizePhone(match[0]);
		if (phone !== null && !found.includes(phone)) found.push(phone);
	}
	return found;
}

export function findSkypeLink(text: string): string | undefined {
	return SKYPE_LINK.exec(text)?.[1];
}

/** Websites as written ("www.abc.com", "https://abc.com/en"), without messaging links. */
export function findWebsites(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(URL_LIKE)) addWebsite(found, match[0]);
	return found;
}

/** Adds a website value (a URL or a bare domain from a "Web:" label) when it has a real domain. */
export function addWebsite(list: string[], raw: string): void {
	const value = raw.trim().replace(/[.,;:!?)\]}>'"]+$/, "");
	if (value === "" || value.includes("@")) return;
	const host = hostOf(value);
	if (host === null || MESSAGING_HOST.test(host) || registrableDomain(host) === null) return;
	if (!list.some((known) => known.toLowerCase() === value.toLowerCase())) list.push(value);
}

// Parsing numbers is the costly step and the parser asks about the same lines several times.
const phoneMemo = new Map<string, string[]>();
const PHONE_MEMO_LIMIT = 256;

/** Numbers written with a "+" or "00" country prefix anywhere in a line. */
export function findInternationalPhones(line: string): string[] {
	const known = phoneMemo.get(line);
	if (known !== undefined) return [...known];
	const found = scanInternationalPhones(line);
	if (phoneMemo.size >= PHONE_MEMO_LIMIT) phoneMemo.clear();
	phoneMemo.set(line, found);
	return [...found];
}

function scanInternationalPhones(line: string): string[] {
	const found: string[] = [];
	const withoutLinks = line.replace(URL_LIKE, " ").replace(WHATSAPP_LINK, " ").replace(EMAIL, " ");
	for (const match of withoutLinks.matchAll(INTERNATIONAL_PHONE)) {
		const phone = normalizePhone(match[0]);
		if (phone !== null && !found.includes(phone)) found.push(phone);
	}
	return found;
}

function hostOf(value: string): string | null {
	try {
		return new URL(/^https?:\/\//i.test(value) ? value : `http://${value}`).hostname;
	} catch {
		return null;
	}
}
