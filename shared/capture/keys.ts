/**
 * The one vocabulary of lookup and dedupe keys, and how much each key proves. Used by the
 * worker's capture and lookup, the extension's cache, the side panel and the in-page marks.
 *
 * - strong: the key names one buyer (an email address, a trade-platform buyer id, the team's own
 *   account number);
 * - company: the key names a company (its registrable corporate domain);
 * - weak: the key is shared often enough (agents, switchboards, a family business's one phone)
 *   that it only suggests a match: a phone or WhatsApp number alone never merges two companies.
 */
import type { IdentityKind } from "../schema/common";

export type KeyKind = IdentityKind;

export interface IdentityKey {
	kind: KeyKind;
	value: string;
}

export type KeyStrength = "strong" | "company" | "weak";

export const KEY_STRENGTH: Readonly<Record<KeyKind, KeyStrength>> = {
	account: "strong",
	buyer_id: "strong",
	email: "strong",
	domain: "company",
	phone: "weak",
};

/**
 * Strongest evidence first, everywhere a record is chosen for a contact: the team's own account
 * number, then the platform's buyer id (one buyer, however many addresses), the email, the
 * company domain, and last a phone.
 */
export const MATCH_PRIORITY: readonly KeyKind[] = ["account", "buyer_id", "email", "domain", "phone"];

/** Position in MATCH_PRIORITY (lower is stronger); unknown kinds sort last. */
export function keyRank(kind: string): number {
	const index = MATCH_PRIORITY.indexOf(kind as KeyKind);
	return index < 0 ? MATCH_PRIORITY.length : index;
}
