import { Hono } from "hono";
import { z } from "zod";
import { noteInputSchema } from "../../shared/schema/customer";
import { listNotes, noteJson } from "../customers/detail";
import { requireFullAccess, viewerOf } from "../customers/visibility";
import { requireCustomer } from "../customers/write";
import { auditStatement } from "../db/audit";
import { runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { notes } from "../db/schema";
import type { AppEnv } from "../env";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });

/** /v1/customers/:id/notes: what someone knows about the customer, kept with the record (newest first). */
export const notesRoutes = new Hono<AppEnv>()
	.get("/:id/notes", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		requireFullAccess(viewerOf(auth), (await requireCustomer(db, auth.teamId, id)).c, "Reading notes");
		const rows = await listNotes(db, auth.teamId, id);
		return c.json({ items: rows.map((r) => noteJson(r.note, r.authorName, r.authorEmail)) });
	})
	.post("/:id/notes", validate("param", idParam), ...json(noteInputSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		requireFullAccess(viewerOf(auth), (await requireCustomer(db, auth.teamId, id)).c, "Adding notes");
		const note = {
			id: newId("note"),
			teamId: auth.teamId,
			customerId: id,
			authorId: auth.member.id,
			body: c.req.valid("json").body,
			createdAt: nowIso(),
		};
		await runBatch(db, [
			db.insert(notes).values(note),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "note.create",
				entity: "note",
				entityId: note.id,
				after: { customerId: id, body: note.body },
				at: note.createdAt,
			}),
		]);
		return c.json(noteJson(note, auth.member.name, auth.member.email), 201);
	});
