import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { eraseInputSchema } from "../../shared/schema/customer";
import { requireRole } from "../auth/authenticate";
import { seesInFull, viewerOf } from "../customers/visibility";
import { requireCustomer } from "../customers/write";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { contacts, customers, notes } from "../db/schema";
import type { AppEnv, AuthContext } from "../env";
import { eraseContactStatements, eraseCustomerStatements, personalValues } from "../erasure/erase-customer";
import { eraseTraces } from "../erasure/traces";
import { forbidden, notFound } from "../http/problem";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });
const contactParam = idParam.extend({ contactId: z.string().min(1).max(64) });
const noteParam = idParam.extend({ noteId: z.string().min(1).max(64) });

/** A customer of the team, deleted or not: a soft-deleted customer still holds data to erase. */
async function anyCustomer(db: Db, teamId: string, id: string) {
	const row = await db
		.select()
		.from(customers)
		.where(and(eq(customers.teamId, teamId), eq(customers.id, id)))
		.get();
	if (!row || row.nameSource === "erased") throw notFound("The customer");
	return row;
}

const isManager = (auth: AuthContext) => auth.member.role === "admin" || auth.member.role === "manager";

/**
 * Erasure, for good (not the soft DELETE): an admin erases a customer or one contact; the owner,
 * a manager or an admin deletes a contact; a note's author, a manager or an admin deletes a note.
 * Each is one batch that also removes the data's traces (erasure/traces.ts), audited with ids only.
 */
export const erasureRoutes = new Hono<AppEnv>()
	.post(
		"/:id/erase",
		requireRole("admin"),
		validate("param", idParam),
		...json(eraseInputSchema),
		async (c) => {
			const { db, auth } = c.var;
			const row = await anyCustomer(db, auth.teamId, c.req.valid("param").id);
			const erased = await personalValues(db, auth.teamId, row.id);
			const at = nowIso();
			await runBatch(
				db,
				eraseCustomerStatements(db, row, erased, {
					orders: c.req.valid("json").orders,
					actorId: auth.member.id,
					at,
				}),
			);
			return c.json({ id: row.id, erased: true, ordersErased: c.req.valid("json").orders, at });
		},
	)
	.post(
		"/:id/contacts/:contactId/erase",
		requireRole("admin"),
		validate("param", contactParam),
		async (c) => {
			const { db, auth } = c.var;
			const { id, contactId } = c.req.valid("param");
			const row = await anyCustomer(db, auth.teamId, id);
			await removeContact(db, auth, row, contactId, "contact.erase");
			return c.json({ id: contactId, erased: true });
		},
	)
	.delete("/:id/contacts/:contactId", validate("param", contactParam), async (c) => {
		const { db, auth } = c.var;
		const { id, contactId } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		if (!isManager(auth) && row.ownerId !== auth.member.id) {
			throw forbidden("Only the customer's owner, a manager or an admin deletes its contacts");
		}
		await removeContact(db, auth, row, contactId, "contact.delete");
		return c.body(null, 204);
	})
	.delete("/:id/notes/:noteId", validate("param", noteParam), async (c) => {
		const { db, auth } = c.var;
		const { id, noteId } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		const note = await db
			.select()
			.from(notes)
			.where(and(eq(notes.teamId, auth.teamId), eq(notes.customerId, id), eq(notes.id, noteId)))
			.get();
		if (!note || !seesInFull(viewerOf(auth), row)) throw notFound("The note");
		if (!isManager(auth) && note.authorId !== auth.member.id) {
			throw forbidden("Only the note's author, a manager or an admin deletes a note");
		}
		const at = nowIso();
		await runBatch(db, [
			db.delete(notes).where(and(eq(notes.teamId, auth.teamId), eq(notes.id, noteId))),
			...eraseTraces(db, auth.teamId, [noteId], []),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "note.delete",
				entity: "note",
				entityId: noteId,
				after: { customerId: id, deleted: true },
				at,
			}),
		]);
		return c.body(null, 204);
	});

async function removeContact(
	db: Db,
	auth: AuthContext,
	row: typeof customers.$inferSelect,
	contactId: string,
	action: "contact.erase" | "contact.delete",
): Promise<void> {
	const contact = await db
		.select({ id: contacts.id })
		.from(contacts)
		.where(and(eq(contacts.teamId, auth.teamId), eq(contacts.customerId, row.id), eq(contacts.id, contactId)))
		.get();
	if (!contact) throw notFound("The contact");
	const { values } = await personalValues(db, auth.teamId, row.id, contactId);
	await runBatch(
		db,
		eraseContactStatements(db, row, contactId, values, { actorId: auth.member.id, at: nowIso(), action }),
	);
}
