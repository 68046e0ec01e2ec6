import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";

const WHATSAPP_LINK =
	/(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?(?:[^#\s]*&)?phone=|whatsapp:\/\/send\/?\?(?:[^#\s]*&)?phone=)\+?(\d[\d\s-]{5,20})/i;
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * A phone number in E.164 ("+8613800138000"), or null when it is not a valid number.
 * Accepts "+86 138 0013 8000", "0086-138-…", "(52) 55 …", "tel:" and wa.me / api.whatsapp.com
 * links. Numbers without a country prefix need `defaultCountry`; a long digit string written
 * without "+" (e.g. "971 50 123 4567") is accepted as international only when that parses valid.
 */
export function normalizePhone(raw: string, defaultCountry?: string): string | null {
	const text = toAsciiDigits(raw.normalize("NFKC")).trim();
	if (text === "") return null;
	const link = WHATSAPP_LINK.exec(text);
	if (link?.[1] !== undefined) return validE164(`+${link[1].replace(/\D/g, "")}`);
	const value = text.replace(/^tel:/i, "").replace(/^\s*(?:00|\+\s*00)(?=\s*[1-9])/, "+");
	const country = countryOption(defaultCountry);
	if (value.startsWith("+")) return validE164(value);
	const national = country === undefined ? null : validE164(value, country);
	if (national !== null) return national;
	const digits = value.replace(/(?:ext\.?|x|#|分机|转).*$/i, "").replace(/\D/g, "");
	return digits.length >= 11 ? validE164(`+${digits}`) : null;
}

/** The ISO alpha-2 country of a valid E.164 number, or null (e.g. non-geographic numbers). */
export function phoneCountry(e164: string): string | null {
	return parsePhoneNumberFromString(e164)?.country ?? null;
}

function validE164(value: string, country?: CountryCode): string | null {
	try {
		const parsed = parsePhoneNumberFromString(value, country);
		if (parsed === undefined) return null;
		if (parsed.isValid()) return parsed.number;
		// Mexico dropped the mobile "1" after +52 in 2019, but signatures and WhatsApp still show it.
		const national = parsed.nationalNumber;
		if (parsed.countryCallingCode === "52" && national.length === 11 && national.startsWith("1")) {
			return validE164(`+52${national.slice(1)}`);
		}
		return null;
	} catch {
		return null;
	}
}

function countryOption(code: string | undefined): CountryCode | undefined {
	if (code === undefined) return undefined;
	const upper = code.trim().toUpperCase();
	return /^[A-Z]{2}$/.test(upper) ? (upper as CountryCode) : undefined;
}

function toAsciiDigits(value: string): string {
	return value.replace(ARABIC_INDIC, (digit) => {
		const code = digit.charCodeAt(0);
		return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
	});
}
