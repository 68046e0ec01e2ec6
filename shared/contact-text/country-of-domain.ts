import { countryCode } from "../normalize/country";

/** Country-code domains sold worldwide as generic names: they say nothing about the sender. */
const VANITY_TLDS = new Set([
	"ai",
	"io",
	"co",
	"me",
	"tv",
	"fm",
	"ly",
	"gg",
	"to",
	"cc",
	"ws",
	"la",
	"sh",
	"ac",
	"so",
	"im",
	"vc",
	"gl",
	"is",
	"it",
]);
/** Second-level labels that make a country domain national ("andina.com.co", "abc.co.uk"). */
const NATIONAL_SECOND_LEVEL = /^(?:com|co|net|org|gov|edu|ac|ltd|plc|gob|or|ne|go)$/;

/**
 * The country an email address's domain names: "carlos@andina-import.com.co" → "CO",
 * "ahmed@alnoor.ae" → "AE", "hans@firma.de" → "DE", "x@gmail.com" / "x@startup.io" → null.
 */
export function countryOfDomain(emailOrDomain: string | undefined): string | null {
	const labels = (emailOrDomain ?? "").trim().toLowerCase().split("@").pop()?.split(".") ?? [];
	const tld = labels[labels.length - 1] ?? "";
	if (!/^[a-z]{2}$/.test(tld)) return null;
	const national = NATIONAL_SECOND_LEVEL.test(labels[labels.length - 2] ?? "") && labels.length >= 3;
	if (VANITY_TLDS.has(tld) && !national) return null;
	return countryCode(tld === "uk" ? "GB" : tld);
}
