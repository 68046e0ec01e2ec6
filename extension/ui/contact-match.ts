import { corporateDomain } from "../../shared/capture/corporate-domain";
import { identityKeys } from "../../shared/capture/identity-keys";
import type { KeyKind } from "../../shared/capture/keys";
import { decideMatch, type KeyHolder } from "../../shared/capture/match";
import type { PageContact } from "../../shared/schema/page-capture";
import type { CachedCustomer, LocalCapture, TierlineDb } from "../store/db";

export interface ContactMatch {
	customer: CachedCustomer | null;
	matchedBy: KeyKind | null;
	/** Shares only a phone with this customer of another company: a capture stays separate. */
	possibleDuplicate: CachedCustomer | null;
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
		defaultCountry: contact.country,
	});
}

const INDEX: Record<KeyKind, "emails" | "domains" | "buyerIds" | "phones" | null> = {
	email: "emails",
	domain: "domains",
	buyer_id: "buyerIds",
	phone: "phones",
	account: null,
};

/**
 * The team's record for a contact on the page, from the local cache, by the same rule the server
 * applies to a capture (shared/capture/match): the strongest key wins, and a phone shared with
 * another company's customer is only a possible duplicate.
 */
export async function matchContact(db: TierlineDb, contact: PageContact): Promise<ContactMatch> {
	const keys = pageContactKeys(contact);
	const holders: KeyHolder<CachedCustomer>[] = [];
	for (const key of keys) {
		const index = INDEX[key.kind];
		if (index === null) continue;
		for (const customer of await db.customers.where(index).equals(key.value).toArray()) {
			holders.push({
				key,
				customerId: customer.id,
				domain: customer.domain,
				name: customer.name,
				record: customer,
			});
		}
	}
	const domain = corporateDomain(contact.email ?? contact.website ?? contact.masked.email);
	const decision = decideMatch(holders, { domain, companyName: contact.company });
	const flat = keys.map((k) => `${k.kind}:${k.value}`);
	const captures = flat.length ? await db.captures.where("keys").anyOf(flat).distinct().toArray() : [];
	const capture = captures.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
	return {
		customer: decision.kind === "match" ? decision.holder.record : null,
		matchedBy: decision.kind === "match" ? decision.holder.key.kind : null,
		possibleDuplicate: decision.kind === "possible-duplicate" ? decision.holder.record : null,
		capture,
	};
}
