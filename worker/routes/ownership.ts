import { and, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { transferInputSchema } from "../../shared/schema/customer";
import { labeller, teamSettings } from "../customers/team-scoring";
import { customerSnapshot } from "../customers/view";
import { shownTo, viewerOf } from "../customers/visibility";
import { CUSTOMER_GUARDS, customerResponse, requireCustomer, updateCustomer } from "../customers/write";
import { guard, runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { members } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, forbidden, notFound } from "../http/problem";
import { json, validate } from "../http/validate";
import { CLAIM_RULE_GUARDS, claimRuleGuards } from "../pool/claim-rules";

const idParam = z.object({ id: z.string().min(1).max(64) });
const releaseSchema = z.object({ reason: z.string().trim().max(500).optional() }).default({});

const GUARDS = {
	...CUSTOMER_GUARDS,
	member_inactive: () => conflict("The member to receive the customer was deactivated meanwhile"),
};

/** The owner, managers and admins decide who works a customer (here and in the table's bulk actions). */
export function mayHandOver(role: string, memberId: string, ownerId: string | null): boolean {
	return role === "admin" || role === "manager" || (ownerId !== null && ownerId === memberId);
}

/** POST /v1/customers/:id/{transfer,release,claim}: ownership and the team's public pool (公海). */
export const ownershipRoutes = new Hono<AppEnv>()
	.post("/:id/transfer", validate("param", idParam), ...json(transferInputSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const input = c.req.valid("json");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		if (!mayHandOver(auth.member.role, auth.member.id, row.ownerId)) {
			throw forbidden("Only the owner, a manager or an admin transfers a customer");
		}
		const target = await db
			.select({ id: members.id, active: members.active })
			.from(members)
			.where(and(eq(members.teamId, auth.teamId), eq(members.id, input.toMemberId)))
			.get();
		if (!target) throw notFound("The member to receive the customer");
		if (!target.active) throw conflict("The member to receive the customer is deactivated");
		const at = nowIso();
		const set = { ownerId: target.id, ownerSince: at, inPool: false, poolSince: null };
		await runBatch(
			db,
			[
				guard(
					db,
					auth.teamId,
					"member_inactive",
					sql`EXISTS (SELECT 1 FROM members WHERE team_id = ${auth.teamId} AND id = ${target.id} AND active = 1)`,
				),
				...updateCustomer(db, row, set, {
					actorId: auth.member.id,
					action: "customer.transfer",
					before: customerSnapshot(row),
					after: { ...customerSnapshot({ ...row, ...set }), reason: input.reason ?? null },
					at,
				}),
			],
			GUARDS,
		);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		return c.json(shownTo(viewerOf(auth), await customerResponse(db, auth.teamId, id, labelOf)));
	})
	// The body is optional here (a reason at most), so no content-type requirement.
	.post("/:id/release", validate("param", idParam), validate("json", releaseSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		if (row.inPool) throw conflict("The customer is already in the pool");
		if (!mayHandOver(auth.member.role, auth.member.id, row.ownerId)) {
			throw forbidden("Only the owner, a manager or an admin releases a customer to the pool");
		}
		const at = nowIso();
		const set = {
			ownerId: null,
			ownerSince: null,
			inPool: true,
			poolSince: at,
			poolPreviousOwnerId: row.ownerId,
		};
		await runBatch(
			db,
			updateCustomer(db, row, set, {
				actorId: auth.member.id,
				action: "customer.release",
				before: customerSnapshot(row),
				after: { ...customerSnapshot({ ...row, ...set }), reason: c.req.valid("json").reason ?? null },
				at,
			}),
			GUARDS,
		);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		return c.json(shownTo(viewerOf(auth), await customerResponse(db, auth.teamId, id, labelOf)));
	})
	.post("/:id/claim", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		if (!row.inPool) throw conflict("The customer is not in the pool");
		const at = nowIso();
		// The team's pool rules (cool-down, caps) refuse a claim with a problem naming the rule.
		const ruleGuards = await claimRuleGuards(db, row, auth.member.id, new Date(at));
		const set = { ownerId: auth.member.id, ownerSince: at, inPool: false, poolSince: null, claimedAt: at };
		// Two members claiming at once: the version guard lets exactly one of them win.
		await runBatch(
			db,
			[
				...ruleGuards,
				...updateCustomer(db, row, set, {
					actorId: auth.member.id,
					action: "customer.claim",
					before: customerSnapshot(row),
					after: customerSnapshot({ ...row, ...set }),
					at,
				}),
			],
			{
				stale: () => conflict("The customer changed meanwhile (someone may have claimed it); reload"),
				...CLAIM_RULE_GUARDS,
			},
		);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		return c.json(shownTo(viewerOf(auth), await customerResponse(db, auth.teamId, id, labelOf)));
	});
