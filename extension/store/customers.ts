import { corporateDomain } from "../../shared/capture/corporate-domain";
import type { KeyKind } from "../../shared/capture/keys";
import { customerZone, localTimeOf } from "../../shared/local-time/buyer-zone";
import type { Customer } from "../../shared/schema/customer";
import { dueDayOf } from "../../shared/schema/follow-up";
import type { LookupMatch } from "../../shared/schema/lookup";
import { contactKeysOf } from "./contact-keys";
import type { CachedCustomer, TierlineDb } from "./db";

/** bulkPut in chunks so a large sync never holds one huge transaction or array in memory. */
export const PUT_CHUNK = 500;

export function toCached(customer: Customer): CachedCustomer {
	const of = (kind: string) => customer.identities.filter((i) => i.kind === kind).map((i) => i.value);
	const domains = of("domain");
	if (customer.domain && !domains.includes(customer.domain)) domains.push(customer.domain);
	return {
		...customer,
		emails: of("email"),
		domains,
		buyerIds: of("buyer_id"),
		phones: of("phone"),
		nameKey: customer.name.toLowerCase(),
		contactKeys: contactKeysOf(customer.contactNames ?? []),
		...(customer.followUp ? { followUpDay: dueDayOf(customer.followUp.dueAt) } : {}),
		...(customer.awaitingReply ? { awaitingSince: customer.awaitingReply.since } : {}),
	};
}

export async function putCustomers(db: TierlineDb, customers: Customer[]): Promise<void> {
	for (let i = 0; i < customers.length; i += PUT_CHUNK) {
		await db.customers.bulkPut(customers.slice(i, i + PUT_CHUNK).map(toCached));
	}
}

export interface KeyQuery {
	emails?: string[];
	domains?: string[];
	buyerIds?: string[];
}

/**
 * Cached customers for each key (keys lower-cased), with which kind of key matched: the email
 * (else the customer of its corporate domain — "li@sales.acme.co.uk" finds acme.co.uk), the
 * corporate domain of a domain key, the buyer id. The same answers /v1/lookup gives.
 */
export async function findByKeys(
	db: TierlineDb,
	query: KeyQuery,
): Promise<Map<string, { customer: CachedCustomer; kind: KeyKind }>> {
	const found = new Map<string, { customer: CachedCustomer; kind: KeyKind }>();
	const clean = (keys: string[] = []) => [
		...new Set(keys.map((k) => k.trim().toLowerCase()).filter(Boolean)),
	];
	const search = async (index: "emails" | "domains" | "buyerIds", values: string[]) => {
		const wanted = [...new Set(values)];
		const byValue = new Map<string, CachedCustomer>();
		if (wanted.length === 0) return byValue;
		const rows = await db.customers.where(index).anyOf(wanted).toArray();
		for (const customer of rows.sort((a, b) => a.id.localeCompare(b.id))) {
			for (const key of customer[index])
				if (wanted.includes(key) && !byValue.has(key)) byValue.set(key, customer);
		}
		return byValue;
	};
	const emails = clean(query.emails);
	const domainOf = new Map<string, string>();
	for (const key of [...emails, ...clean(query.domains)]) {
		const domain = corporateDomain(key);
		if (domain !== null) domainOf.set(key, domain);
	}
	const [byEmail, byDomain, byBuyer] = await Promise.all([
		search("emails", emails),
		search("domains", [...domainOf.values()]),
		search("buyerIds", clean(query.buyerIds)),
	]);
	for (const [key, customer] of byBuyer) found.set(key, { customer, kind: "buyer_id" });
	for (const [key, domain] of domainOf) {
		const customer = byDomain.get(domain);
		if (customer) found.set(key, { customer, kind: "domain" });
	}
	for (const [key, customer] of byEmail) found.set(key, { customer, kind: "email" });
	return found;
}

export function toLookupMatch(customer: Customer, matchedBy: KeyKind): LookupMatch {
	return {
		customerId: customer.id,
		name: customer.name,
		tier: customer.tier,
		tierLabel: customer.tierLabel,
		ownerName: customer.owner?.name ?? null,
		ownerId: customer.owner?.id ?? null,
		churn: customer.churn.flag,
		inPool: customer.inPool,
		matchedBy,
		...localTimeOf(customerZone(customer)),
	};
}

/** Most recently changed customers first: the side panel's default list. */
export function recentCustomers(db: TierlineDb, limit: number): Promise<CachedCustomer[]> {
	return db.customers.orderBy("updatedAt").reverse().limit(limit).toArray();
}

/**
 * Local search: name, email, domain or contact-name prefix through the indexes, then a substring
 * scan of names and contact names when the prefixes found fewer than `limit` (a scan of 10,000
 * cached rows is quick).
 */
export async function searchCustomers(db: TierlineDb, text: string, limit = 50): Promise<CachedCustomer[]> {
	const q = text.trim().toLowerCase();
	if (!q) return recentCustomers(db, limit);
	const byId = new Map<string, CachedCustomer>();
	const add = (rows: CachedCustomer[]) => {
		for (const row of rows) if (byId.size < limit) byId.set(row.id, row);
	};
	add(await db.customers.where("nameKey").startsWith(q).limit(limit).toArray());
	add(await db.customers.where("emails").startsWith(q).limit(limit).distinct().toArray());
	add(await db.customers.where("domains").startsWith(q).limit(limit).distinct().toArray());
	add(await db.customers.where("contactKeys").startsWith(q).limit(limit).distinct().toArray());
	if (byId.size < limit) {
		add(
			await db.customers
				.filter((c) => !byId.has(c.id) && (c.nameKey.includes(q) || c.contactKeys.some((k) => k.includes(q))))
				.limit(limit - byId.size)
				.toArray(),
		);
	}
	return [...byId.values()];
}

export async function countCustomers(db: TierlineDb): Promise<number> {
	return db.customers.count();
}
