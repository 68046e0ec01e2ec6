import { and, eq, inArray, or, sql } from "drizzle-orm";
import { normalizeEmail } from "../../shared/normalize";
import type { Db } from "../db/client";
import {
	auditLog,
	contacts,
	customers,
	identities,
	interactions,
	notes,
	orders,
	transferRequests,
} from "../db/schema";
import { invalidField } from "../http/problem";

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Everything the team holds about one person, found by email: the contacts with that address, the
 * customers they belong to (or whose identity it is) with their identities, interactions (messages
 * included), orders, notes and transfer requests, and the audit entries about them. For a
 * subject-access request: the answer is the export, as JSON.
 */
export async function exportPerson(db: Db, teamId: string, rawEmail: string) {
	const email = normalizeEmail(rawEmail);
	if (email === null) throw invalidField("email", "Not an email address");
	const [byIdentity, byContact] = await db.batch([
		db
			.select({ customerId: identities.customerId })
			.from(identities)
			.where(and(eq(identities.teamId, teamId), eq(identities.kind, "email"), eq(identities.value, email))),
		db
			.select()
			.from(contacts)
			.where(and(eq(contacts.teamId, teamId), sql`lower(${contacts.email}) = ${email}`)),
	]);
	const ids = [...new Set([...byIdentity.map((r) => r.customerId), ...byContact.map((c) => c.customerId)])];
	if (ids.length === 0) return { email, exportedAt: new Date().toISOString(), contacts: [], customers: [] };
	const mine = { teamId, ids };
	const [customerRows, identityRows, interactionRows, orderRows, noteRows, requestRows, auditRows] =
		await db.batch([
			db
				.select()
				.from(customers)
				.where(and(eq(customers.teamId, teamId), inArray(customers.id, ids))),
			db
				.select()
				.from(identities)
				.where(and(eq(identities.teamId, teamId), inArray(identities.customerId, ids))),
			db
				.select()
				.from(interactions)
				.where(and(eq(interactions.teamId, teamId), inArray(interactions.customerId, ids))),
			db
				.select()
				.from(orders)
				.where(and(eq(orders.teamId, teamId), inArray(orders.customerId, ids))),
			db
				.select()
				.from(notes)
				.where(and(eq(notes.teamId, teamId), inArray(notes.customerId, ids))),
			db
				.select()
				.from(transferRequests)
				.where(and(eq(transferRequests.teamId, mine.teamId), inArray(transferRequests.customerId, ids))),
			db
				.select()
				.from(auditLog)
				.where(
					and(
						eq(auditLog.teamId, teamId),
						or(
							inArray(auditLog.entityId, [...ids, ...byContact.map((c) => c.id)]),
							sql`instr(lower(coalesce(${auditLog.after}, '') || coalesce(${auditLog.before}, '')), ${email}) > 0`,
						),
					),
				),
		]);
	const of = <T extends { customerId: string }>(rows: T[], id: string) =>
		rows.filter((r) => r.customerId === id);
	return {
		email,
		exportedAt: new Date().toISOString(),
		contacts: byContact,
		customers: customerRows.map((c) => ({
			...c,
			signals: parsed(c.signals),
			explanation: parsed(c.explanation),
			identities: of(identityRows, c.id),
			interactions: of(interactionRows, c.id).map((i) => ({ ...i, data: parsed(i.data) })),
			orders: of(orderRows, c.id),
			notes: of(noteRows, c.id),
			transferRequests: of(requestRows, c.id),
		})),
		audit: auditRows.map((a) => ({ ...a, before: parsed(a.before), after: parsed(a.after) })),
	};
}
