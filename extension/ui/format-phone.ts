// The small metadata set: enough to group digits for display, and it keeps the side panel chunk
// light. Only the side panel imports this file; content scripts never load libphonenumber.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

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
