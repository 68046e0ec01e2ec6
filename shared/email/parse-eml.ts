import PostalMime, { type Address, type Email } from "postal-mime";
import { hasBulkHeaders, isBulkSender, mentionsUnsubscribe } from "../capture/bulk-mail";
import { parseContactText } from "../contact-text/parse-contact-text";
import { splitSignature } from "../contact-text/split-signature";
import type { PageCapture, PageContact, PageMessage } from "../schema/page-capture";
import { type Mailbox, recipientContact, senderContact, toMailbox } from "./eml-contacts";
import { splitReply } from "./split-reply";

/**
 * A saved email (.eml) as a PageCapture: one message with the reply, quoted history and
 * signature apart, the sender (with their signature's details) and the recipients as contacts.
 * Broken headers give missing fields, never an exception; only unreadable MIME rejects.
 */
export async function parseEml(raw: string | ArrayBuffer | Uint8Array): Promise<PageCapture> {
	const email = await PostalMime.parse(raw);
	const id = messageIdOf(email) ?? `sha256:${await digest(raw)}`;
	const from = firstMailbox(email.from);
	const to = mailboxes(email.to);
	const cc = mailboxes(email.cc);
	const { reply, quoted } = splitReply(email.text, email.html);
	const { body, signature } = splitSignature(reply, { senderName: from.name });
	const parsedSignature = signature ? safeParse(signature, from.email) : null;

	const message: PageMessage = {
		id,
		...(from.name ? { fromName: from.name } : {}),
		...(from.email ? { fromEmail: from.email } : {}),
		to: addresses(to),
		cc: addresses(cc),
		...dateOf(email.date),
		body,
		quoted,
		signature,
		collapsed: false,
	};
	const sender = senderContact(from, parsedSignature);
	const recipients = [...to, ...cc]
		.filter((mailbox) => mailbox.email !== undefined && mailbox.email !== from.email)
		.map(recipientContact);
	// List and marketing mail: nobody in it is a lead (its recipients are the member and their lists).
	const bulk =
		hasBulkHeaders(email.headers) ||
		mentionsUnsubscribe(reply) ||
		(from.email ? isBulkSender(from.email) : false);
	const everyone: PageContact[] =
		from.name || from.email || parsedSignature ? [sender, ...recipients] : recipients;
	const contacts = bulk ? [] : everyone;
	const subject = email.subject?.trim();
	return {
		site: "eml",
		url: id.startsWith("sha256:") ? "" : `mid:${encodeURIComponent(id)}`,
		pageKind: "message",
		contacts,
		thread: {
			kind: "email",
			id,
			...(subject ? { subject } : {}),
			messages: [message],
			participants: unique(addresses([from, ...to, ...cc])),
		},
		rows: [],
		...(bulk ? { bulk } : {}),
		unconfirmed: contacts.flatMap((contact, index) =>
			Object.entries(contact.sources)
				.filter(([, source]) => source === "text")
				.map(([field]) => `contacts.${index}.${field}`),
		),
	};
}

function messageIdOf(email: Email): string | null {
	const id = email.messageId?.trim().replace(/^<|>$/g, "").trim();
	return id ? id : null;
}

function firstMailbox(address: Address | undefined): Mailbox {
	if (address === undefined) return {};
	if (address.group !== undefined) return firstMailbox(address.group[0]);
	return toMailbox(address.name, address.address);
}

function mailboxes(list: Address[] | undefined): Mailbox[] {
	return (list ?? []).flatMap((address) =>
		address.group !== undefined
			? address.group.map((member) => toMailbox(member.name, member.address))
			: [toMailbox(address.name, address.address)],
	);
}

function addresses(list: readonly Mailbox[]): string[] {
	return list.flatMap((mailbox) => (mailbox.email ? [mailbox.email] : []));
}

/** postal-mime gives ISO 8601 or, for a date it cannot read, the raw header: keep only real dates. */
function dateOf(value: string | undefined): { date?: string } {
	if (!value) return {};
	const time = Date.parse(value);
	return Number.isNaN(time) ? {} : { date: new Date(time).toISOString() };
}

function safeParse(
	signature: string,
	senderEmail: string | undefined,
): ReturnType<typeof parseContactText> | null {
	try {
		return parseContactText(signature, { senderEmail });
	} catch {
		return null;
	}
}

async function digest(raw: string | ArrayBuffer | Uint8Array): Promise<string> {
	const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : new Uint8Array(raw);
	const hash = await crypto.subtle.digest("SHA-256", bytes);
	return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function unique(items: readonly string[]): string[] {
	return [...new Set(items)];
}
