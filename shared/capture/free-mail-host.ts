/**
 * The in-page build of the free-mail rule: the same tables as `isFreeMailDomain` (which the
 * worker, background and side panel use, with the full public-suffix list through tldts), read
 * with a small suffix rule instead of the list, so the content scripts stay small. The test
 * checks the two agree on every table entry, its sub-domains and its country variants.
 */
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from "../normalize/free-mail-domains";

/** Second-level labels under a country code that are public suffixes ("com.mx", "co.uk", "ne.jp"). */
const COUNTRY_SECOND_LEVEL = /^(com|co|net|org|gov|edu|ac|or|ne|go|gob)$/;

/** True when an address's or host's domain is a public mailbox provider's. */
export function isFreeMailHost(emailOrHost: string): boolean {
	const host = emailOrHost
		.slice(emailOrHost.lastIndexOf("@") + 1)
		.trim()
		.toLowerCase()
		.replace(/\.$/, "");
	const labels = host.split(".");
	if (labels.length < 2 || labels.some((label) => label === "")) return false;
	const top = labels.at(-1) ?? "";
	const countrySecond =
		top.length === 2 && labels.length >= 3 && COUNTRY_SECOND_LEVEL.test(labels.at(-2) ?? "");
	const registrable = labels.slice(countrySecond ? -3 : -2);
	for (let i = 0; i <= labels.length - registrable.length; i++) {
		if (FREE_MAIL_DOMAINS.has(labels.slice(i).join("."))) return true;
	}
	return FREE_MAIL_BRANDS.has(registrable[0] ?? "");
}
