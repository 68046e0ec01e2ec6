// The side panel already carries the "max" metadata (enrich.ts → shared/contact-text parses
// phones with it), so formatting with the same set costs ~1.4 kB gzip; "min" would ship a second
// metadata copy (+22 kB gzip, measured 2026-11-22). Only the side panel imports this file;
// content scripts never load libphonenumber.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * "+886223456789" → "+886 2 2345 6789", for display only (stored and sent values stay as they
 * are). Numbers without a country code, or that do not parse, are shown as they came.
 */
export function formatPhone(raw: string): string {
	const text = raw.trim();
	if (!text.startsWith("+")) return raw;
	try {
		return parsePhoneNumberFromString(text)?.formatInternational() ?? raw;
	} catch {
		return raw;
	}
}
