/**
 * "Capture as lead" on any page: the selected text → a PageCapture for the side panel to
 * pre-fill. Everything is read from free text, so every field is layer "text" and listed as
 * unconfirmed: the user checks it before anything is saved.
 */
import { parseContactText } from "../../../shared/contact-text";
import type { ParsedContact } from "../../../shared/contact-text/types";
import type { FieldSource, PageCapture, PageContact } from "../../../shared/schema/page-capture";

/** Selections longer than this are cut: a contact block is short, a whole page is not one. */
export const MAX_SELECTION = 5_000;

type Field =
	| "name"
	| "email"
	| "phones"
	| "whatsapp"
	| "wechat"
	| "skype"
	| "title"
	| "company"
	| "website"
	| "address"
	| "country";

export function selectionCapture(selection: string, url: string): PageCapture {
	const text = selection.slice(0, MAX_SELECTION);
	const contact = toContact(parseContactText(text));
	const fields = contact ? (Object.keys(contact.sources) as Field[]) : [];
	return {
		site: "selection",
		url,
		pageKind: "selection",
		contacts: contact ? [contact] : [],
		rows: [],
		unconfirmed: fields.map((field) => `contacts.0.${field}`),
	};
}

function toContact(parsed: ParsedContact): PageContact | null {
	const values: Partial<Record<Field, string | string[]>> = {
		name: parsed.name,
		email: parsed.emails[0],
		phones: parsed.phones.length > 0 ? parsed.phones : undefined,
		whatsapp: parsed.whatsapp,
		wechat: parsed.wechat,
		skype: parsed.skype,
		title: parsed.title,
		company: parsed.company,
		website: parsed.websites[0],
		address: parsed.address,
		country: parsed.country,
	};
	const sources: Record<string, FieldSource> = {};
	for (const [field, value] of Object.entries(values)) if (value !== undefined) sources[field] = "text";
	if (Object.keys(sources).length === 0) return null;
	const contact: PageContact = { role: "selection", phones: parsed.phones, masked: {}, sources };
	for (const field of [
		"name",
		"email",
		"whatsapp",
		"wechat",
		"skype",
		"title",
		"company",
		"website",
		"address",
		"country",
	] as const) {
		const value = values[field];
		if (typeof value === "string") contact[field] = value;
	}
	return contact;
}
