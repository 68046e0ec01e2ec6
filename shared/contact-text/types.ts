/** Contact details read from free text (a signature or a selection). Only what the text shows. */
export interface ParsedContact {
	/** Normalised addresses, in the order they appear. */
	emails: string[];
	/** E.164 numbers (fax numbers excluded), in the order they appear. */
	phones: string[];
	/**
	 * Numbers written without a country code where nothing (the text, the sender's domain, the
	 * team's default) implies one, kept as written ("(555) 346-9947"); never an identity key.
	 */
	phonesAsWritten?: string[];
	/** E.164 WhatsApp number from a "WhatsApp:" label or a wa.me / api.whatsapp.com link. */
	whatsapp?: string;
	/** WeChat id as shown, or E.164 when the id is a phone number. */
	wechat?: string;
	skype?: string;
	websites: string[];
	name?: string;
	title?: string;
	company?: string;
	address?: string;
	/** ISO 3166-1 alpha-2: from a country name in the text, else the first phone's country code. */
	country?: string;
}

export type FieldKind =
	| "phone"
	| "fax"
	| "whatsapp"
	| "wechat"
	| "skype"
	| "email"
	| "website"
	| "address"
	| "company"
	| "name"
	| "title";
