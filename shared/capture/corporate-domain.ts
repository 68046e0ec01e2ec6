import { isFreeMailDomain } from "../normalize/free-mail";
import { registrableDomain } from "../normalize/registrable-domain";
import { isSharedPlatformDomain } from "../normalize/shared-platform-domains";

/**
 * The company a mailbox, host or website belongs to: its registrable domain ("li@sales.acme.co.uk"
 * → "acme.co.uk", IDN in punycode), or null for a public mailbox provider (gmail.com, outlook.fr,
 * yahoo.com.mx …), a platform many companies share (alibaba.com, linkedin.com), a masked host
 * ("a***@***.ae") and anything that is not a domain. The one definition of "corporate domain".
 */
export function corporateDomain(emailHostOrUrl: string | null | undefined): string | null {
	if (!emailHostOrUrl) return null;
	const host = emailHostOrUrl.slice(emailHostOrUrl.lastIndexOf("@") + 1);
	if (host.includes("*")) return null;
	const domain = registrableDomain(emailHostOrUrl);
	if (domain === null || isFreeMailDomain(domain) || isSharedPlatformDomain(domain)) return null;
	return domain;
}
