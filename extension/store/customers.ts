import type { Customer } from "../../shared/schema/customer";
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

export type KeyKind = "email" | "domain" | "buyer_id";

/** Cached customers for each key (keys lower-cased), with which kind of key matched. */
export async function findByKeys(
	db: TierlineDb,
	query: KeyQuery,
): Promise<Map<string, { customer: CachedCustomer; kind: KeyKind }>> {
	const found = new Map<string, { customer: CachedCustomer; kind: KeyKind }>();
	const search = async (index: "emails" | "domains" | "buyerIds", kind: KeyKind, keys: string[] = []) => {
		const wanted = [...new Set(keys.map((k) => k.trim().toLowerCase()).filter(Boolean))];
		if (wanted.length === 0) return;
		const rows = await db.customers.where(index).anyOf(wanted).toArray();
		for (const customer of rows) {
			for (const key of customer[index]) if (wanted.includes(key)) found.set(key, { customer, kind });
		}
	};
	await search("emails", "email", query.emails);
	await search("domains", "domain", query.domains);
	await search("buyerIds", "buyer_id", query.buyerIds);
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
