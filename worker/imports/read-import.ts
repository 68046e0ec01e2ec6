import { sql } from "drizzle-orm";
import type { CustomerRow, CustomerWithOwner } from "../customers/view";
import type { Db } from "../db/client";
import { contacts, customers, members } from "../db/schema";
import { jsonChunks } from "../rescore/statements";
import { type ContactRow, type CustomerReads, type Key, keyString } from "./plan-customers";
import { type OrderReads, orderContent } from "./plan-orders";

/** Runs one query per JSON chunk of `values` (json_each keeps each one statement with one parameter). */
async function perChunk<T>(values: unknown[], query: (json: string) => Promise<T[]>): Promise<T[]> {
	const chunks = jsonChunks(values.map((v) => [v]));
	const results = await Promise.all(chunks.map((json) => query(json)));
	return results.flat();
}

const flat = (json: string) => sql`(SELECT json_extract(value, '$[0]') FROM json_each(${json}))`;

/**
 * Everything planning needs to know about the file's keys, in a handful of queries whatever the
 * file's size: who holds each key (identities' unique index), those customers with their owners,
 * their contacts and account numbers.
 */
export async function readCustomers(db: Db, teamId: string, keys: Key[]): Promise<CustomerReads> {
	const unique = [...new Map(keys.map((k) => [keyString(k), [k.kind, k.value]])).values()];
	const held = await perChunk(unique, (json) =>
		db.all<{ kind: string; value: string; customerId: string; live: number }>(sql`
			SELECT i.kind, i.value, i.customer_id AS customerId, c.deleted_at IS NULL AS live
			FROM json_each(${json}) AS j
			CROSS JOIN identities AS i ON i.team_id = ${teamId}
				AND i.kind = json_extract(j.value, '$[0][0]') AND i.value = json_extract(j.value, '$[0][1]')
			CROSS JOIN customers AS c ON c.id = i.customer_id AND c.team_id = ${teamId}`),
	);
	const owners = new Map(
		held.map((h) => [`${h.kind}:${h.value}`, { customerId: h.customerId, live: h.live === 1 }]),
	);
	const ids = [...new Set(held.filter((h) => h.live === 1).map((h) => h.customerId))];
	const [rows, contactRows, accountRows] = await Promise.all([
		perChunk(ids, (json) =>
			db
				.select({
					c: customers,
					ownerName: sql<string | null>`${members.name}`.as("owner_name"),
					ownerEmail: sql<string | null>`${members.email}`.as("owner_email"),
				})
				.from(customers)
				.leftJoin(members, sql`${members.id} = ${customers.ownerId}`)
				.where(
					sql`${customers.teamId} = ${teamId} AND ${customers.id} IN ${flat(json)} AND ${customers.deletedAt} IS NULL`,
				),
		),
		perChunk(ids, (json) =>
			db
				.select()
				.from(contacts)
				.where(sql`${contacts.teamId} = ${teamId} AND ${contacts.customerId} IN ${flat(json)}`),
		),
		perChunk(ids, (json) =>
			db.all<{ customerId: string; value: string }>(sql`
				SELECT customer_id AS customerId, value FROM identities
				WHERE team_id = ${teamId} AND kind = 'account' AND customer_id IN ${flat(json)}`),
		),
	]);
	return {
		owners,
		customers: new Map(rows.map((r): [string, CustomerWithOwner] => [r.c.id, r])),
		contacts: groupBy(
			contactRows,
			(c: ContactRow) => c.customerId,
			(c) => c,
		),
		accounts: new Map(
			[
				...groupBy(
					accountRows,
					(a) => a.customerId,
					(a) => a.value,
				),
			].map(([id, values]) => [id, new Set(values)]),
		),
	};
}

/** Stored references among the file's, and the reference-less orders of the existing customers it names. */
export async function readOrders(
	db: Db,
	teamId: string,
	references: string[],
	existing: CustomerRow[],
): Promise<OrderReads> {
	const [refs, refless] = await Promise.all([
		perChunk([...new Set(references)], (json) =>
			db.all<{ reference: string }>(sql`
				SELECT reference FROM orders WHERE team_id = ${teamId} AND reference IN ${flat(json)}`),
		),
		perChunk(
			existing.map((c) => c.id),
			(json) =>
				db.all<{ customerId: string; date: string; amount: number; currency: string; cancelled: number }>(sql`
					SELECT customer_id AS customerId, date, amount, currency, cancelled FROM orders
					WHERE team_id = ${teamId} AND reference IS NULL AND customer_id IN ${flat(json)}`),
		),
	]);
	const contents = groupBy(
		refless,
		(o) => o.customerId,
		(o) => orderContent({ ...o, cancelled: o.cancelled === 1 }),
	);
	return {
		existingRefs: new Set(refs.map((r) => r.reference)),
		refless: new Map([...contents].map(([id, list]) => [id, new Set(list)])),
	};
}

function groupBy<T, V>(items: T[], keyOf: (item: T) => string, pick: (item: T) => V): Map<string, V[]> {
	const out = new Map<string, V[]>();
	for (const item of items) {
		const key = keyOf(item);
		const list = out.get(key) ?? [];
		list.push(pick(item));
		out.set(key, list);
	}
	return out;
}
