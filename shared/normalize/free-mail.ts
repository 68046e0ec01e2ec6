import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from "./free-mail-domains";
import { registrableDomain } from "./registrable-domain";

/** True when the domain (or an email's domain) belongs to a public mailbox provider. */
export function isFreeMailDomain(domain: string): boolean {
	const host = domain.trim().toLowerCase().replace(/^.*@/, "").replace(/\.$/, "");
	if (host === "") return false;
	if (FREE_MAIL_DOMAINS.has(host)) return true;
	const registrable = registrableDomain(host);
	if (registrable === null) return false;
	if (FREE_MAIL_DOMAINS.has(registrable)) return true;
	const brand = registrable.slice(0, registrable.indexOf("."));
	return FREE_MAIL_BRANDS.has(brand);
}
