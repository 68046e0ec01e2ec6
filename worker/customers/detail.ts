import { and, desc, eq, sql } from "drizzle-orm";
import type { CustomerDetail, Interaction, Note, Order } from "../../shared/schema/customer";
import type { Db } from "../db/client";
import { contacts, identities, interactions, members, notes, orders } from "../db/schema";
import { notFound } from "../http/problem";
import type { LabelOf } from "./team-scoring";
import { contactNamesOf, customerJson, findCustomer, loadFollowUps, sortIdentities } from "./view";

const RECENT = 200;

const memberRef = (id: string | null, name: string | null, email: string | null) =>
	id === null ? null : { id, name: name ?? "", email: email ?? "" };

export function orderJson(row: typeof orders.$inferSelect): Order {
	return {
		id: row.id,
		amount: row.amount,
		currency: row.currency,
		amountUsd: row.amountUsd,
		date: row.date,
		reference: row.reference,
		cancelled: row.cancelled,
		createdAt: row.createdAt,
	};
}

export function noteJson(
	row: typeof notes.$inferSelect,
	authorName: string | null,
	authorEmail: string | null,
): Note {
	return {
		id: row.id,
		body: row.body,
		author: memberRef(row.authorId, authorName, authorEmail),
		createdAt: row.createdAt,
	};
}

export function listOrders(db: Db, teamId: string, customerId: string) {
	return db
		.select()
		.from(orders)
		.where(and(eq(orders.teamId, teamId), eq(orders.customerId, customerId)))
		.orderBy(desc(orders.date), desc(orders.createdAt))
		.limit(RECENT * 5);
}

export function listNotes(db: Db, teamId: string, customerId: string) {
	return db
		.select({
			note: notes,
			authorName: sql<string | null>`${members.name}`.as("author_name"),
			authorEmail: sql<string | null>`${members.email}`.as("author_email"),
		})
		.from(notes)
		.leftJoin(members, eq(members.id, notes.authorId))
		.where(and(eq(notes.teamId, teamId), eq(notes.customerId, customerId)))
		.orderBy(desc(notes.createdAt), desc(notes.id))
		.limit(RECENT);
}

function listInteractions(db: Db, teamId: string, customerId: string) {
	return db
		.select({
			id: interactions.id,
			source: interactions.source,
			kind: interactions.kind,
			externalId: interactions.externalId,
			subject: interactions.subject,
			summary: interactions.summary,
			direction: interactions.direction,
			occurredAt: interactions.occurredAt,
			createdBy: interactions.createdBy,
			creatorName: sql<string | null>`${members.name}`.as("creator_name"),
			creatorEmail: sql<string | null>`${members.email}`.as("creator_email"),
		})
		.from(interactions)
		.leftJoin(members, eq(members.id, interactions.createdBy))
		.where(and(eq(interactions.teamId, teamId), eq(interactions.customerId, customerId)))
		.orderBy(desc(interactions.occurredAt))
		.limit(RECENT);
}

/** One customer with its contacts, recent interactions, orders and notes, and the score's explanation. */
export async function customerDetail(
	db: Db,
	teamId: string,
	id: string,
	labelOf: LabelOf,
): Promise<CustomerDetail> {
	const row = await findCustomer(db, teamId, id);
	if (!row) throw notFound("The customer");
	const followUpOf = loadFollowUps(db, teamId, [id]);
	const [contactRows, identityRows, interactionRows, orderRows, noteRows] = await db.batch([
		db
			.select()
			.from(contacts)
			.where(and(eq(contacts.teamId, teamId), eq(contacts.customerId, id)))
			.orderBy(contacts.createdAt),
		db
			.select({ kind: identities.kind, value: identities.value })
			.from(identities)
			.where(and(eq(identities.teamId, teamId), eq(identities.customerId, id))),
		listInteractions(db, teamId, id),
		listOrders(db, teamId, id),
		listNotes(db, teamId, id),
	]);
	return {
		...customerJson(
			row,
			sortIdentities(identityRows),
			contactNamesOf(contactRows.map((c) => c.name)),
			labelOf,
		),
		followUp: (await followUpOf).get(id) ?? null,
		contacts: contactRows.map((c) => ({
			id: c.id,
			name: c.name,
			email: c.email,
			phone: c.phone,
			phoneAsWritten: c.phoneAsWritten,
			whatsapp: c.whatsapp,
			wechat: c.wechat,
			skype: c.skype,
			title: c.title,
		})),
		interactions: interactionRows.map(
			(i): Interaction => ({
				id: i.id,
				source: i.source,
				kind: i.kind,
				externalId: i.externalId,
				subject: i.subject,
				summary: i.summary,
				direction: i.direction,
				occurredAt: i.occurredAt,
				createdBy: memberRef(i.createdBy, i.creatorName, i.creatorEmail),
			}),
		),
		orders: orderRows.map(orderJson),
		notes: noteRows.map((n) => noteJson(n.note, n.authorName, n.authorEmail)),
		explanation: row.c.explanation === null ? null : JSON.parse(row.c.explanation),
	};
}
