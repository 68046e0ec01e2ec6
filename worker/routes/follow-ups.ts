import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { Tier } from "../../shared/schema/common";
import {
	dueDayOf,
	type FollowUp,
	followUpInputSchema,
	followUpsQuerySchema,
} from "../../shared/schema/follow-up";
import { labeller, teamSettings } from "../customers/team-scoring";
import { requireCustomer } from "../customers/write";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { customers, followUps } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import type { AppEnv } from "../env";
import { forbidden } from "../http/problem";
import { json, validate } from "../http/validate";

/**
 * A follow-up travels with its customer in GET /v1/sync: a change renumbers the customer (its
 * sync position only; its version and updatedAt stay, no edit conflicts with it). Both statements
 * go first in the follow-up's batch.
 */
function moveSyncPosition(db: Db, teamId: string, customerId: string) {
	return [
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({ syncSeq: currentSyncSeq(teamId) })
			.where(and(eq(customers.teamId, teamId), eq(customers.id, customerId))),
	] as const;
}

const idParam = z.object({ id: z.string().min(1).max(64) }).strict();
/** At most this many follow-ups in one answer (a member's due list, oldest first). */
const MAX_DUE = 1000;

/** Admins and managers see and clear anyone's follow-ups; a salesperson only their own. */
function mayActFor(role: string, memberId: string, ownerId: string): boolean {
	return role === "admin" || role === "manager" || memberId === ownerId;
}

/**
 * /v1/customers/:id/follow-up: the customer's next follow-up, set by the caller (who becomes its
 * owner) or cleared when done. Customers are loaded through requireCustomer, so a visibility
 * rule applied there applies here.
 */
export const followUpRoutes = new Hono<AppEnv>()
	.put("/:id/follow-up", validate("param", idParam), ...json(followUpInputSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const customer = await requireCustomer(db, auth.teamId, id);
		const input = c.req.valid("json");
		const at = nowIso();
		const [before] = await db
			.select()
			.from(followUps)
			.where(and(eq(followUps.teamId, auth.teamId), eq(followUps.customerId, id)));
		const row = {
			teamId: auth.teamId,
			customerId: id,
			ownerId: auth.member.id,
			dueAt: input.dueAt,
			dueDay: dueDayOf(input.dueAt),
			note: input.note ?? null,
			updatedAt: at,
		};
		await runBatch(db, [
			...moveSyncPosition(db, auth.teamId, id),
			db
				.insert(followUps)
				.values({ ...row, createdAt: at })
				.onConflictDoUpdate({
					target: [followUps.teamId, followUps.customerId],
					set: { ownerId: row.ownerId, dueAt: row.dueAt, dueDay: row.dueDay, note: row.note, updatedAt: at },
				}),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: before ? "follow_up.update" : "follow_up.create",
				entity: "customer",
				entityId: id,
				...(before ? { before: { dueAt: before.dueAt, note: before.note, ownerId: before.ownerId } } : {}),
				after: { dueAt: row.dueAt, note: row.note, ownerId: row.ownerId },
				at,
			}),
		]);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		const body: FollowUp = {
			customerId: id,
			name: customer.c.name,
			tier: customer.c.tier as Tier,
			tierLabel: labelOf(customer.c.tier as Tier),
			dueAt: row.dueAt,
			note: row.note,
			ownerId: row.ownerId,
			updatedAt: at,
		};
		return c.json(body, before ? 200 : 201);
	})
	.delete("/:id/follow-up", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		await requireCustomer(db, auth.teamId, id);
		const where = and(eq(followUps.teamId, auth.teamId), eq(followUps.customerId, id));
		const [before] = await db.select().from(followUps).where(where);
		if (!before) return c.body(null, 204);
		if (!mayActFor(auth.member.role, auth.member.id, before.ownerId))
			throw forbidden("Only its owner, a manager or an admin can clear this follow-up");
		await runBatch(db, [
			...moveSyncPosition(db, auth.teamId, id),
			db.delete(followUps).where(where),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "follow_up.done",
				entity: "customer",
				entityId: id,
				before: { dueAt: before.dueAt, note: before.note, ownerId: before.ownerId },
				at: nowIso(),
			}),
		]);
		return c.body(null, 204);
	});

/** /v1/follow-ups?due=YYYY-MM-DD: the caller's follow-ups due on or before that day (managers: &owner=). */
export const followUpListRoutes = new Hono<AppEnv>().get(
	"/",
	validate("query", followUpsQuerySchema),
	async (c) => {
		const { db, auth } = c.var;
		const { due, owner } = c.req.valid("query");
		const ownerId = owner ?? auth.member.id;
		if (!mayActFor(auth.member.role, auth.member.id, ownerId))
			throw forbidden("Only managers and admins can list another member's follow-ups");
		const rows = await db
			.select({
				customerId: followUps.customerId,
				name: customers.name,
				tier: customers.tier,
				dueAt: followUps.dueAt,
				note: followUps.note,
				ownerId: followUps.ownerId,
				updatedAt: followUps.updatedAt,
			})
			.from(followUps)
			.innerJoin(
				customers,
				and(eq(customers.teamId, followUps.teamId), eq(customers.id, followUps.customerId)),
			)
			.where(
				and(
					eq(followUps.teamId, auth.teamId),
					eq(followUps.ownerId, ownerId),
					lte(followUps.dueDay, due),
					isNull(customers.deletedAt),
				),
			)
			.orderBy(asc(followUps.dueDay), asc(followUps.dueAt))
			.limit(MAX_DUE);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		const items: FollowUp[] = rows.map((row) => ({
			...row,
			tier: row.tier as Tier,
			tierLabel: labelOf(row.tier as Tier),
		}));
		return c.json({ items });
	},
);
