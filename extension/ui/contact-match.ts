import { identityKeys } from "../../shared/normalize/identity-keys";
import type { PageContact } from "../../shared/schema/page-capture";
import type { CachedCustomer, LocalCapture, TierlineDb } from "../store/db";

export type MatchKind = "email" | "buyer_id" | "phone" | "domain";

export interface ContactMatch {
	customer: CachedCustomer | null;
	matchedBy: MatchKind | null;
	/** The newest capture of this contact made in this browser (pending, failed or synced). */
	capture: LocalCapture | null;
}

export function pageContactKeys(contact: PageContact) {
	return identityKeys({
		email: contact.email,
		website: contact.website,
		phone: contact.phones[0],
		whatsapp: contact.whatsapp,
		buyerId: contact.buyerId,
	});
}

/**
 * The team's record for a contact on the page, from the local cache: the strongest key wins
 * (email, then buyer id, phone, and last the company domain — a colleague's customer at the same
 * company is exactly the collision to warn about).
 */
export async function matchContact(db: TierlineDb, contact: PageContact): Promise<ContactMatch> {
	const keys = pageContactKeys(contact);
	const order: Array<[MatchKind, "emails" | "buyerIds" | "phones" | "domains"]> = [
		["email", "emails"],
		["buyer_id", "buyerIds"],
		["phone", "phones"],
		["domain", "domains"],
	];
	let customer: CachedCustomer | null = null;
	let matchedBy: MatchKind | null = null;
	for (const [kind, index] of order) {
		const values = keys.filter((k) => k.kind === kind).map((k) => k.value);
		if (values.length === 0) continue;
		const hit = await db.customers.where(index).anyOf(values).first();
		if (hit) {
			customer = hit;
			matchedBy = kind;
			break;
		}
	}
	const flat = keys.map((k) => `${k.kind}:${k.value}`);
	const captures = flat.length ? await db.captures.where("keys").anyOf(flat).distinct().toArray() : [];
	const capture = captures.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
	return { customer, matchedBy, capture };
}
