/**
 * Phone numbers as people write them without a country code: "(555) 346-9947",
 * "0574-8765 4321", "138 0013 8000", "55 1234 5678". Found only where a signature shows them;
 * parsed with the country the context implies, or kept as written.
 */
const NATIONAL_PHONE = /(?<![\w+@/.])(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w@])/gu;
const DIGITS_MIN = 7;
const DIGITS_MAX = 15;

/** Phone-shaped runs in a line (7–15 digits, not a date, not part of a word or address). */
export function findNationalPhones(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(NATIONAL_PHONE)) {
		const value = match[0].trim();
		const digits = value.replace(/\D/g, "").length;
		if (digits < DIGITS_MIN || digits > DIGITS_MAX || isDate(value)) continue;
		found.push(value);
	}
	return found;
}

/** A line that is only a phone number, with or without a country code or a short label. */
export function isPhoneLine(line: string): boolean {
	const text = line
		.trim()
		.replace(/^[\p{L}.]{1,12}\s*[.:：]?\s*/u, "")
		.replace(/\s*(?:ext\.?|x)\s*\d+$/i, "");
	const digits = text.replace(/\D/g, "").length;
	return (
		/^[+(]?\d[\d\s().\-/]*\d$/.test(text) && digits >= DIGITS_MIN && digits <= DIGITS_MAX && !isDate(text)
	);
}

function isDate(value: string): boolean {
	return /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(value);
}
