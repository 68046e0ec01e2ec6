import { applyParsedContact } from "../contact-text/apply-parsed-contact";
import type { ParsedContact } from "../contact-text/types";
import { normalizeEmail } from "../normalize/email";
import type { FieldSource, PageContact } from "../schema/page-capture";

export interface Mailbox {
	name?: string;
	email?: string;
}

/** The sender as a contact: name and address from the header, the rest from their signature. */
export function senderContact(from: Mailbox, signature: ParsedContact | null): PageContact {
	const contact = baseContact("sender", from);
	if (signature === null) return contact;
	applyParsedContact(contact, signature);
	return contact;
}

export function recipientContact(mailbox: Mailbox): PageContact {
	return baseContact("recipient", mailbox);
}

function baseContact(role: PageContact["role"], mailbox: Mailbox): PageContact {
	const sources: Record<string, FieldSource> = {};
	const contact: PageContact = { role, phones: [], masked: {}, sources };
	if (mailbox.name) {
		contact.name = mailbox.name;
		sources.name = "attribute";
	}
	if (mailbox.email) {
		contact.email = mailbox.email;
		sources.email = "attribute";
	}
	return contact;
}

/** A header mailbox with a normalised address and a display name that is not an address. */
export function toMailbox(name: string | undefined, address: string | undefined): Mailbox {
	const email = address ? (normalizeEmail(address) ?? undefined) : undefined;
	const cleanName = name
		?.replace(/^["'\s]+|["'\s]+$/g, "")
		.replace(/\s+/g, " ")
		.trim();
	const mailbox: Mailbox = {};
	// A display name that is itself an address ("tim@a.com concierge@a.com") names no one.
	if (cleanName && normalizeEmail(cleanName) === null) mailbox.name = cleanName;
	if (email) mailbox.email = email;
	return mailbox;
}
