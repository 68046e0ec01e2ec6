import { and, eq, inArray, sql } from "drizzle-orm";
import type { BuyerType, CompanySize, CustomerStatus, IdentityKind, Tier } from "../../shared/schema/common";
import {
	type AwaitingReply,
	awaitingReplySchema,
	type Customer,
	type FollowUpRef,
	type HandoverNote,
	handoverNoteSchema,
	type Identity,
	type PossibleDuplicate,
	possibleDuplicateSchema,
} from "../../shared/schema/customer";
import type { Db } from "../db/client";
import { contacts, customers, followUps, identities, members } from "../db/schema";
import type { LabelOf } from "./team-scoring";

export type CustomerRow = typeof customers.$inferSelect;

export interface CustomerWithOwner {
	c: CustomerRow;
	ownerName: string | null;
	ownerEmail: string | null;
}

/** Customers with their owner's name and email (aliased: see timed-d1.ts on duplicate column names). */
export function selectCustomers(db: Db) {
	return db
		.select({
			c: customers,
			ownerName: sql<string | null>`${members.name}`.as("owner_name"),
			ownerEmail: sql<string | null>`${members.email}`.as("owner_email"),
		})
		.from(customers)
		.leftJoin(members, eq(members.id, customers.ownerId));
}

/** D1 allows 100 bound parameters per statement; IN lists are cut below that. */
export const IN_CHUNK = 90;

export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/** Identities of many customers in one round trip (one statement per chunk of ids, batched). */
export async function loadIdentities(
	db: Db,
	teamId: string,
	customerIds: string[],
): Promise<Map<string, Identity[]>> {
	const byCustomer = new Map<string, Identity[]>();
	const ids = [...new Set(customerIds)];
	if (ids.length === 0) return byCustomer;
	const queries = chunks(ids).map((part) =>
		db
			.select({ customerId: identities.customerId, kind: identities.kind, value: identities.value })
			.from(identities)
			.where(and(eq(identities.teamId, teamId), inArray(identities.customerId, part))),
	);
	const results = await db.batch(queries as [(typeof queries)[number], ...(typeof queries)[number][]]);
	for (const rows of results) {
		for (const row of rows) {
			const list = byCustomer.get(row.customerId) ?? [];
			list.push({ kind: row.kind as IdentityKind, value: row.value });
			byCustomer.set(row.customerId, list);
		}
	}
	for (const list of byCustomer.values()) list.sort(compareIdentities);
	return byCustomer;
}

/** The next follow-up of many customers in one round trip (one statement per chunk of ids, batched). */
export async function loadFollowUps(
	db: Db,
	teamId: string,
	customerIds: string[],
): Promise<Map<string, FollowUpRef>> {
	const byCustomer = new Map<string, FollowUpRef>();
	const ids = [...new Set(customerIds)];
	if (ids.length === 0) return byCustomer;
	const queries = chunks(ids).map((part) =>
		db
			.select({
				customerId: followUps.customerId,
				dueAt: followUps.dueAt,
				note: followUps.note,
				ownerId: followUps.ownerId,
				updatedAt: followUps.updatedAt,
			})
			.from(followUps)
			.where(and(eq(followUps.teamId, teamId), inArray(followUps.customerId, part))),
	);
	const results = await db.batch(queries as [(typeof queries)[number], ...(typeof queries)[number][]]);
	for (const rows of results) {
		for (const { customerId, ...followUp } of rows) byCustomer.set(customerId, followUp);
	}
	return byCustomer;
}

/** At most this many contact names travel with a customer (a big account has hundreds of contacts). */
export const MAX_CONTACT_NAMES = 50;

/** Distinct non-empty names in the order given, at most MAX_CONTACT_NAMES. */
export function contactNamesOf(names: readonly (string | null | undefined)[]): string[] {
	const out = new Map<string, string>();
	for (const raw of names) {
		const name = raw?.trim();
		if (!name) continue;
		const key = name.toLowerCase();
		if (!out.has(key)) out.set(key, name);
		if (out.size >= MAX_CONTACT_NAMES) break;
	}
	return [...out.values()];
}

/** Contact names of many customers in one round trip (one statement per chunk of ids, batched). */
export async function loadContactNames(
	db: Db,
	teamId: string,
	customerIds: string[],
): Promise<Map<string, string[]>> {
	const byCustomer = new Map<string, string[]>();
	const ids = [...new Set(customerIds)];
	if (ids.length === 0) return byCustomer;
	const queries = chunks(ids).map((part) =>
		db
			.select({ customerId: contacts.customerId, name: contacts.name })
			.from(contacts)
			.where(
				and(eq(contacts.teamId, teamId), inArray(contacts.customerId, part), sql`${contacts.name} <> ''`),
			)
			.orderBy(contacts.createdAt, contacts.id),
	);
	const results = await db.batch(queries as [(typeof queries)[number], ...(typeof queries)[number][]]);
	const raw = new Map<string, string[]>();
	for (const rows of results) {
		for (const row of rows) {
			const list = raw.get(row.customerId) ?? [];
			list.push(row.name ?? "");
			raw.set(row.customerId, list);
		}
	}
	for (const [id, names] of raw) byCustomer.set(id, contactNamesOf(names));
	return byCustomer;
}

const KIND_ORDER: IdentityKind[] = ["buyer_id", "email", "phone", "domain", "account"];

export function sortIdentities(list: Identity[]): Identity[] {
	return [...list].sort(compareIdentities);
}

function compareIdentities(a: Identity, b: Identity): number {
	return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.value.localeCompare(b.value);
}

/** The wire shape (shared/schema customerSchema) of a stored customer. */
export function customerJson(
	row: CustomerWithOwner,
	ids: Identity[],
	contactNames: string[],
	labelOf: LabelOf,
): Customer {
	const c = row.c;
	return {
		id: c.id,
		name: c.name,
		domain: c.domain,
		country: c.country,
		website: c.website,
		buyerType: c.buyerType as BuyerType | null,
		size: c.size as CompanySize | null,
		status: c.status as CustomerStatus,
		owner:
			c.ownerId === null ? null : { id: c.ownerId, name: row.ownerName ?? "", email: row.ownerEmail ?? "" },
		ownerSince: c.ownerSince,
		handover: currentHandover(c.handover, c.ownerSince),
		inPool: c.inPool,
		tier: c.tier as Tier,
		tierLabel: labelOf(c.tier as Tier),
		currentValue: c.currentValue,
		potentialValue: c.potentialValue,
		churn: {
			flag: c.churnFlag,
			severity: c.churnSeverity as Customer["churn"]["severity"],
			...(c.churnReason === null ? {} : { reason: c.churnReason }),
		},
		identities: ids,
		contactNames,
		possibleDuplicateOf: readPossibleDuplicate(c.possibleDuplicate),
		lastInteractionAt: c.lastInteractionAt,
		awaitingReply: readAwaitingReply(c.awaitingReply),
		version: c.version,
		createdAt: c.createdAt,
		updatedAt: c.updatedAt,
	};
}

/** The stored handover note while it still explains the owner (owner_since unchanged since), else null. */
export function currentHandover(json: string | null, ownerSince: string | null): HandoverNote | null {
	if (json === null || ownerSince === null) return null;
	try {
		const parsed = handoverNoteSchema.safeParse(JSON.parse(json));
		return parsed.success && parsed.data.at === ownerSince ? parsed.data : null;
	} catch {
		return null;
	}
}

/** The stored "waiting for our reply", or null when nobody waits (or it cannot be read). */
export function readAwaitingReply(json: string | null): AwaitingReply | null {
	if (json === null) return null;
	try {
		const parsed = awaitingReplySchema.safeParse(JSON.parse(json));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** The stored possible-duplicate note, or null when there is none (or it cannot be read). */
export function readPossibleDuplicate(json: string | null): PossibleDuplicate | null {
	if (json === null) return null;
	try {
		const parsed = possibleDuplicateSchema.safeParse(JSON.parse(json));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Rows → wire customers, with identities, contact names and follow-ups loaded for the whole page at once. */
export async function customersJson(
	db: Db,
	teamId: string,
	rows: CustomerWithOwner[],
	labelOf: LabelOf,
): Promise<Customer[]> {
	const customerIds = rows.map((r) => r.c.id);
	const [ids, names, followUpOf] = await Promise.all([
		loadIdentities(db, teamId, customerIds),
		loadContactNames(db, teamId, customerIds),
		loadFollowUps(db, teamId, customerIds),
	]);
	return rows.map((row) => ({
		...customerJson(row, ids.get(row.c.id) ?? [], names.get(row.c.id) ?? [], labelOf),
		followUp: followUpOf.get(row.c.id) ?? null,
	}));
}

/** One live (not deleted) customer of the team, or undefined: ids of other teams are simply not found. */
export function findCustomer(db: Db, teamId: string, id: string) {
	return selectCustomers(db)
		.where(and(eq(customers.teamId, teamId), eq(customers.id, id), sql`${customers.deletedAt} IS NULL`))
		.get();
}

/** The fields people care about in the audit log (not scores' internals). */
export function customerSnapshot(c: CustomerRow) {
	return {
		name: c.name,
		domain: c.domain,
		country: c.country,
		website: c.website,
		buyerType: c.buyerType,
		size: c.size,
		status: c.status,
		ownerId: c.ownerId,
		inPool: c.inPool,
		tier: c.tier,
		version: c.version,
	};
}
