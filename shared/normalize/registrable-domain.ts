import { getDomain } from "tldts";

/**
 * The registrable domain ("example.co.uk") of a URL, bare host, or email address, in ASCII
 * (punycode) form so that "例子.中国" and "xn--fsqu00a.xn--fiqs8s" give the same key.
 * Null for IP addresses, single-label hosts and anything unparsable.
 */
export function registrableDomain(hostUrlOrEmail: string): string | null {
	const host = hostOf(hostUrlOrEmail);
	if (host === null) return null;
	// Private suffixes (blogspot.com, github.io …) count, so two companies on one host never collide.
	const domain = getDomain(host, { allowPrivateDomains: true });
	return domain ? domain.toLowerCase() : null;
}

function hostOf(input: string): string | null {
	let value = input
		.normalize("NFKC")
		.trim()
		.replace(/^mailto:/i, "");
	if (value === "") return null;
	if (!value.includes("://") && value.includes("@")) {
		value = value.slice(value.lastIndexOf("@") + 1).replace(/[>)\].,;]+$/, "");
	}
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
	try {
		const host = new URL(withScheme).hostname.replace(/\.$/, "");
		return host === "" ? null : host;
	} catch {
		return null;
	}
}
