import type { PageContact } from "../schema/page-capture";
import type { ParsedContact } from "./types";

type SignatureField = "whatsapp" | "wechat" | "skype" | "title" | "company" | "address" | "country";
const SIGNATURE_FIELDS: readonly SignatureField[] = [
	"whatsapp",
	"wechat",
	"skype",
	"title",
	"company",
	"address",
	"country",
];

/**
 * What a person's signature says, onto the contact a page (or an email's header) gave: phones,
 * website and the signature's fields replace; name and email only fill what is missing. Every
 * field taken is marked as read from text, so the capture form asks to confirm it. The one rule
 * for Gmail threads and .eml files alike.
 */
export function applyParsedContact(contact: PageContact, parsed: ParsedContact): void {
	const take = (field: string) => {
		contact.sources[field] = "text";
	};
	const otherEmail = parsed.emails.find((email) => email !== contact.email);
	if (contact.email === undefined && otherEmail !== undefined) {
		contact.email = otherEmail;
		take("email");
	}
	if (!contact.name && parsed.name) {
		contact.name = parsed.name;
		take("name");
	}
	if (parsed.phones.length > 0) {
		contact.phones = [...parsed.phones];
		take("phones");
	}
	if (parsed.phonesAsWritten?.length) {
		contact.phonesAsWritten = [...parsed.phonesAsWritten];
		take("phones");
	}
	if (parsed.websites[0] !== undefined) {
		contact.website = parsed.websites[0];
		take("website");
	}
	for (const field of SIGNATURE_FIELDS) {
		const value = parsed[field];
		if (!value) continue;
		contact[field] = value;
		take(field);
	}
}
