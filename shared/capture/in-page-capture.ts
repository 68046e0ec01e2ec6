import { normalizeEmail } from "../normalize/email";
import type { CaptureRequest } from "../schema/capture";
import type { PageCapture, PageContact } from "../schema/page-capture";
import { buildCaptureRequest, draftFromContact } from "./capture-request";
import { normalizeBuyerId } from "./identity-keys";
import { isOwnOrColleague, type OwnAccount } from "./never-a-lead";

/** Who the in-page button or "+" was clicked for. */
export interface PagePerson {
	name?: string;
	email?: string;
	buyerId?: string;
}

/**
 * An in-page capture: the person clicked, with everything the page read about them (for Gmail,
 * the signature the background read from the same page) and, when they take part in the page's
 * conversation, that conversation. Built from ONE message that carries the page, so a click made
 * before any other report arrived captures the same fields as a later one. Null when there is
 * nobody to save.
 */
export function inPageCaptureRequest(
	page: PageCapture,
	person: PagePerson,
	own: OwnAccount,
	defaultCountry?: string | null,
): CaptureRequest | null {
	const found = page.contacts.find((contact) => samePerson(contact, person));
	const contact: PageContact = found ?? {
		role: "sender",
		name: person.name,
		email: person.email,
		buyerId: person.buyerId,
		phones: [],
		masked: {},
		sources: {},
	};
	if (!contact.name && !contact.email && !contact.buyerId && !contact.phones[0] && !contact.whatsapp)
		return null;
	const withThread = found ? page : { ...page, thread: undefined, signals: undefined };
	return buildCaptureRequest(withThread, draftFromContact(contact), {
		isOwn: (email) => isOwnOrColleague(email, own),
		fromPage: true,
		defaultCountry,
	});
}

function samePerson(contact: PageContact, person: PagePerson): boolean {
	const email = person.email ? normalizeEmail(person.email) : null;
	if (email !== null && contact.email && normalizeEmail(contact.email) === email) return true;
	const buyerId = normalizeBuyerId(person.buyerId);
	if (buyerId !== null) return normalizeBuyerId(contact.buyerId) === buyerId;
	// Neither an address nor an id (a buyer card with a masked email): the name the page shows.
	const name = person.name?.trim();
	return email === null && name !== undefined && name !== "" && contact.name?.trim() === name;
}
