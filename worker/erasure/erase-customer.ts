import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { CustomerRow } from "../customers/view";
import type { Statement } from "../customers/write";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { contacts, customers, identities, interactions, notes, orders, transferRequests } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import { eraseTraces } from "./traces";

/** The personal values a customer's rows hold: every identity, contact email, phone and name. */
export async function personalValues(db: Db, teamId: string, customerId: string, contactId?: string) {
	const [ids, people] = await db.batch([
		db
			.select({ value: identities.value })
			.from(identities)
			.where(
				and(
					eq(identities.teamId, teamId),
					eq(identities.customerId, customerId),
					contactId === undefined ? undefined : eq(identities.contactId, contactId),
				),
			),
		db
			.select()
			.from(contacts)
			.where(
				and(
					eq(contacts.teamId, teamId),
					eq(contacts.customerId, customerId),
					contactId === undefined ? undefined : eq(contacts.id, contactId),
				),
			),
	]);
	const values = [
		...ids.map((i) => i.value),
		...people.flatMap((p) => [p.email, p.phone, p.phoneAsWritten, p.whatsapp, p.wechat, p.skype, p.name]),
	].filter((v): v is string => typeof v === "string" && v.trim() !== "");
	return { values: [...new Set(values)], contactIds: people.map((p) => p.id) };
}

/**
 * Erases a customer for good, in one batch: contacts, identities (the keys are freed), interactions,
 * notes, transfer requests, orders when asked (else they stay, anonymous, for the books), and every
 * trace elsewhere (erasure/traces.ts). The customer row stays as a nameless tombstone marked deleted
 * with a new sync position, so every extension's cache drops it on its next sync. Audited with ids only.
 */
export function eraseCustomerStatements(
	db: Db,
	row: CustomerRow,
	erased: { values: string[]; contactIds: string[] },
	options: { orders: boolean; actorId: string; at: string },
): Statement[] {
	const { teamId, id } = row;
	const mine = (t: { teamId: SQLiteColumn; customerId: SQLiteColumn }) =>
		and(eq(t.teamId, teamId), eq(t.customerId, id));
	return [
		db.delete(identities).where(mine(identities)),
		db.delete(interactions).where(mine(interactions)),
		db.delete(notes).where(mine(notes)),
		db.delete(transferRequests).where(mine(transferRequests)),
		...(options.orders ? [db.delete(orders).where(mine(orders))] : []),
		db.delete(contacts).where(mine(contacts)),
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({
				name: "",
				nameSource: "erased",
				domain: null,
				country: null,
				website: null,
				buyerType: null,
				size: null,
				signals: "{}",
				explanation: null,
				churnReason: null,
				ownerId: null,
				inPool: false,
				deletedAt: row.deletedAt ?? options.at,
				updatedAt: options.at,
				version: row.version + 1,
				syncSeq: currentSyncSeq(teamId),
			})
			.where(and(eq(customers.teamId, teamId), eq(customers.id, id))),
		...eraseTraces(db, teamId, [id, ...erased.contactIds], erased.values),
		auditStatement(db, {
			teamId,
			actorId: options.actorId,
			action: "customer.erase",
			entity: "customer",
			entityId: id,
			after: { erased: true, orders: options.orders ? "erased" : "kept" },
			at: options.at,
		}),
	];
}

/**
 * Erases one contact for good: the contact, its identities, the interactions it took part in, and
 * its traces; the customer gets a new version and sync position (its identities changed).
 */
export function eraseContactStatements(
	db: Db,
	row: CustomerRow,
	contactId: string,
	values: string[],
	options: { actorId: string; at: string; action: "contact.erase" | "contact.delete" },
): Statement[] {
	const { teamId, id } = row;
	return [
		db
			.delete(identities)
			.where(
				and(
					eq(identities.teamId, teamId),
					eq(identities.customerId, id),
					or(
						eq(identities.contactId, contactId),
						inArray(identities.value, values.length > 0 ? values : [""]),
					),
				),
			),
		db
			.delete(interactions)
			.where(
				and(
					eq(interactions.teamId, teamId),
					isNotNull(interactions.contactId),
					eq(interactions.contactId, contactId),
				),
			),
		db.delete(contacts).where(and(eq(contacts.teamId, teamId), eq(contacts.id, contactId))),
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({ version: row.version + 1, syncSeq: currentSyncSeq(teamId), updatedAt: options.at })
			.where(and(eq(customers.teamId, teamId), eq(customers.id, id))),
		...eraseTraces(db, teamId, [contactId], values),
		auditStatement(db, {
			teamId,
			actorId: options.actorId,
			action: options.action,
			entity: "contact",
			entityId: contactId,
			after: { customerId: id, erased: true },
			at: options.at,
		}),
	];
}
