import { corporateDomain, type IdentityKey, identityKeys } from "../../shared/capture";
import { countryCode, normalizeEmail, normalizePhone, registrableDomain } from "../../shared/normalize";
import type { CaptureRequestParsed, ThreadInput } from "../../shared/schema/capture";
import type { BuyerType, CaptureSource, CompanySize } from "../../shared/schema/common";
import type { CaptureSignals } from "../../shared/schema/signals";
import { type FieldError, invalid } from "../http/problem";

export interface NormalizedContact {
	name?: string;
	/** Lower-cased, validated. */
	email?: string;
	/** E.164. */
	phone?: string;
	/** A number no country could be found for, as written; shown, never a key. */
	phoneAsWritten?: string;
	whatsapp?: string;
	wechat?: string;
	skype?: string;
	title?: string;
}

export interface NormalizedCompany {
	name?: string;
	/** Registrable corporate domain; never a free-mail or shared-platform domain. */
	domain?: string;
	website?: string;
	/** ISO 3166-1 alpha-2. */
	country?: string;
	buyerType?: BuyerType;
	size?: CompanySize;
}

export interface NormalizedCapture {
	source: CaptureSource;
	contact: NormalizedContact;
	company: NormalizedCompany;
	/** Dedupe keys in the identities table's form. */
	keys: IdentityKey[];
	thread?: ThreadInput;
	signals?: CaptureSignals;
}

/**
 * Canonical forms of everything a capture identifies a customer by. A value that is present but
 * cannot be normalised (an unparsable phone, an unknown country) is a 422 with its field path:
 * silently dropping it would lose what the salesperson saw.
 */
export function normalizeCapture(
	input: CaptureRequestParsed,
	team: { defaultCountry?: string | null } = {},
): NormalizedCapture {
	const errors: FieldError[] = [];
	const fail = (path: string, message: string) => {
		errors.push({ path, message });
		return undefined;
	};
	const { contact, company } = input;
	const country =
		company.country === undefined
			? undefined
			: (countryCode(company.country) ?? fail("company.country", "Unknown country; use a name or ISO code"));
	const email =
		contact.email === undefined
			? undefined
			: (normalizeEmail(contact.email) ?? fail("contact.email", "Not a valid email address"));
	// A number written without a country code is read in the company's country, else the team's.
	const phoneCountry = country ?? team.defaultCountry ?? undefined;
	const phone = (path: string, raw: string | undefined) =>
		raw === undefined
			? undefined
			: (normalizePhone(raw, phoneCountry) ??
				fail(path, "Not a valid phone number; use the international form, e.g. +86 138 0013 8000"));
	const typedPhone = phone("contact.phone", contact.phone);
	// Kept as written only while nothing places it; once the team's country does, it is the phone.
	const writtenPhone = contact.phoneAsWritten && normalizePhone(contact.phoneAsWritten, phoneCountry);
	const normalizedPhone = typedPhone ?? (writtenPhone || undefined);
	const phoneAsWritten = writtenPhone ? undefined : contact.phoneAsWritten;
	const whatsapp = phone("contact.whatsapp", contact.whatsapp);
	const explicitDomain =
		company.domain === undefined
			? undefined
			: (registrableDomain(company.domain) ?? fail("company.domain", "Not a domain name"));
	if (company.website !== undefined && !isWebAddress(company.website)) {
		fail("company.website", "Not a web address");
	}
	if (errors.length > 0) throw invalid(errors);

	const keys = identityKeys({
		email,
		domain: explicitDomain,
		website: company.website,
		phone: normalizedPhone,
		whatsapp,
		buyerId: contact.buyerId,
		defaultCountry: country,
	});
	const domain = corporateDomain(explicitDomain) ?? keys.find((k) => k.kind === "domain")?.value;
	return {
		source: input.source,
		contact: {
			...defined({ name: contact.name, email, phone: normalizedPhone, phoneAsWritten, whatsapp }),
			...defined({ wechat: contact.wechat, skype: contact.skype, title: contact.title }),
		},
		company: defined({
			name: company.name,
			domain,
			website: company.website,
			country,
			buyerType: company.buyerType,
			size: company.size,
		}),
		keys,
		...(input.thread ? { thread: input.thread } : {}),
		...(input.signals ? { signals: input.signals } : {}),
	};
}

function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
		[K in keyof T]?: Exclude<T[K], undefined>;
	};
}

/** host:port without a scheme ("www.acme.com:8080/en"), which URL would read as scheme "www.acme.com:". */
const HOST_PORT = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+:\d{1,5}(?:[/?#]|$)/i;

/**
 * A company website: a registrable domain, bare ("www.acme.com/en") or as an http(s) URL. Any other
 * scheme is refused: "javascript:alert(1)//@acme.com" names acme.com, yet as a link it runs script.
 * URL parses the way browsers do (tabs and newlines dropped, leading controls trimmed).
 */
export function isWebAddress(value: string): boolean {
	if (registrableDomain(value) === null) return false;
	let scheme: string;
	try {
		scheme = new URL(value).protocol;
	} catch {
		return true; // No scheme: a bare host, read as http.
	}
	return scheme === "http:" || scheme === "https:" || HOST_PORT.test(value.trim());
}
