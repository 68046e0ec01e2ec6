/**
 * POST /v1/customers/:id/possible-duplicate {decision, version}: the answer to "same company?"
 * for a customer that was kept apart because it shared only a phone with another company's.
 * - "separate": the note is cleared; the two stay two customers.
 * - "link": this customer is merged into the other one (contacts, conversations, orders, notes
 *   and keys move; this one is deleted), and the other is re-scored.
 * Either way audited with both ids and the key they shared.
 */
import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { rescoreCustomer } from "../customers/scoring";
import { labeller, teamSettings } from "../customers/team-scoring";
import { customerSnapshot, readPossibleDuplicate } from "../customers/view";
import {
	CUSTOMER_GUARDS,
	customerResponse,
	requireCustomer,
	unchangedSince,
	updateCustomer,
} from "../customers/write";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { contacts, identities, interactions, notes, orders } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, forbidden } from "../http/problem";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });
const decisionSchema = z
	.object({ decision: z.enum(["link", "separate"]), version: z.number().int().nonnegative() })
	.strict();

export const possibleDuplicateRoutes = new Hono<AppEnv>().post(
	"/:id/possible-duplicate",
	validate("param", idParam),
	...json(decisionSchema),
	async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const input = c.req.valid("json");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		const note = readPossibleDuplicate(row.possibleDuplicate);
		if (note === null) throw conflict("This customer is not marked as a possible duplicate");
		if (row.version !== input.version) throw CUSTOMER_GUARDS.stale();
		const { role } = auth.member;
		if (role === "sales" && row.ownerId !== auth.member.id) {
			throw forbidden("Only the customer's owner, a manager or an admin decides about a possible duplicate");
		}
		const at = nowIso();
		const audit = { actorId: auth.member.id, at, before: { possibleDuplicateOf: note } };
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		if (input.decision === "separate") {
			await runBatch(
				db,
				updateCustomer(
					db,
					row,
					{ possibleDuplicate: null },
					{
						...audit,
						action: "customer.duplicate.separate",
						after: { possibleDuplicateOf: null },
					},
				),
				CUSTOMER_GUARDS,
			);
			return c.json(await customerResponse(db, auth.teamId, id, labelOf));
		}
		const target = (await requireCustomer(db, auth.teamId, note.id)).c;
		const moved = { customerId: target.id };
		const ofSource = <
			T extends typeof contacts | typeof interactions | typeof orders | typeof notes | typeof identities,
		>(
			table: T,
		) => and(eq(table.teamId, auth.teamId), eq(table.customerId, id));
		await runBatch(
			db,
			[
				unchangedSince(db, target),
				db.update(contacts).set(moved).where(ofSource(contacts)),
				db.update(interactions).set(moved).where(ofSource(interactions)),
				db.update(orders).set(moved).where(ofSource(orders)),
				db.update(notes).set(moved).where(ofSource(notes)),
				db.update(identities).set(moved).where(ofSource(identities)),
				...updateCustomer(
					db,
					row,
					{ possibleDuplicate: null, deletedAt: at },
					{
						...audit,
						action: "customer.duplicate.link",
						after: { mergedInto: target.id, matchedBy: note.matchedBy, target: customerSnapshot(target) },
					},
				),
			],
			CUSTOMER_GUARDS,
		);
		await rescoreCustomer(db, auth.teamId, target.id);
		return c.json(await customerResponse(db, auth.teamId, target.id, labelOf));
	},
);
