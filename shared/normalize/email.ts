/**
 * Email normalisation: one canonical, comparable form of an address a person typed, pasted or
 * that a page showed ("Name <A@B.com>", "mailto:a@b.com?subject=…", " A@B.COM ").
 */

// A practical address check, not RFC 5322: dot-atom local part, a dotted host with a letter TLD
// (or an IDN TLD). Quoted local parts and IP-literal hosts are not addresses salespeople see.
// "*" is left out although RFC 5322 allows it: pages mask addresses as "j***@gmail.com".
const LOCAL_PART = /^[a-z0-9!#$%&'+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'+/=?^_`{|}~-]+)*$/;
const HOST_LABEL = /^(?!-)[a-z0-9\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|[\p{L}]{2,63})$/u;

/** Trim, lower-case, strip "mailto:" and display names; null when it is not a valid address. */
export function normalizeEmail(raw: string): string | null {
	let value = raw.normalize("NFKC").trim();
	const angle = /<([^<>]*)>/.exec(value);
	if (angle?.[1] !== undefined) value = angle[1].trim();
	value = value.replace(/^mailto:/i, "");
	const query = value.indexOf("?");
	if (query >= 0) value = value.slice(0, query);
	value = safeDecode(value)
		.trim()
		.replace(/^["'([]+|["')\].,;:]+$/g, "")
		.toLowerCase();
	return isValidEmail(value) ? value : null;
}

/** The part after "@" of a valid address (normalised), or null. */
export function emailDomain(email: string): string | null {
	const normalized = normalizeEmail(email);
	if (normalized === null) return null;
	return normalized.slice(normalized.lastIndexOf("@") + 1);
}

function isValidEmail(value: string): boolean {
	if (value.length > 254) return false;
	const at = value.lastIndexOf("@");
	if (at <= 0 || at !== value.indexOf("@")) return false;
	const local = value.slice(0, at);
	const host = value.slice(at + 1);
	if (local.length > 64 || !LOCAL_PART.test(local)) return false;
	const labels = host.split(".");
	if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return false;
	return TLD.test(labels[labels.length - 1] ?? "");
}

function safeDecode(value: string): string {
	if (!value.includes("%")) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
