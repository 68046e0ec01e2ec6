import { and, desc, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { type TransferRequest, transferRequestInputSchema } from "../../shared/schema/customer";
import { customerSnapshot } from "../customers/view";
import { seesInFull, viewerOf } from "../customers/visibility";
import { CUSTOMER_GUARDS, requireCustomer, updateCustomer } from "../customers/write";
import { auditStatement } from "../db/audit";
import { guard, runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { transferRequests } from "../db/schema";
import type { AppEnv, AuthContext } from "../env";
import { conflict, forbidden, notFound } from "../http/problem";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });
const requestParam = idParam.extend({ requestId: z.string().min(1).max(64) });
type RequestRow = typeof transferRequests.$inferSelect;

/** The owner, managers and admins see and decide a customer's transfer requests. */
function decides(auth: AuthContext, ownerId: string | null): boolean {
	const role = auth.member.role;
	return role === "admin" || role === "manager" || ownerId === auth.member.id;
}

function requestJson(row: RequestRow): TransferRequest {
	return {
		id: row.id,
		customerId: row.customerId,
		requesterId: row.requesterId,
		reason: row.reason,
		state: row.state,
		decidedBy: row.decidedBy,
		decidedAt: row.decidedAt,
		createdAt: row.createdAt,
	};
}

/**
 * /v1/customers/:id/transfer-requests: the one thing a member may do with a colleague's customer
 * they cannot read — ask for it. The owner, managers and admins see the requests and accept (the
 * customer passes to the requester) or decline them.
 */
export const transferRequestsRoutes = new Hono<AppEnv>()
	.post(
		"/:id/transfer-requests",
		validate("param", idParam),
		...json(transferRequestInputSchema),
		async (c) => {
			const { db, auth } = c.var;
			const { id } = c.req.valid("param");
			const row = (await requireCustomer(db, auth.teamId, id)).c;
			if (row.inPool || row.ownerId === null) throw conflict("The customer is in the pool: claim it instead");
			if (row.ownerId === auth.member.id) throw conflict("You already own this customer");
			const request: RequestRow = {
				id: newId("treq"),
				teamId: auth.teamId,
				customerId: id,
				requesterId: auth.member.id,
				reason: c.req.valid("json").reason ?? null,
				state: "pending",
				decidedBy: null,
				decidedAt: null,
				createdAt: nowIso(),
			};
			await runBatch(
				db,
				[
					guard(
						db,
						auth.teamId,
						"pending",
						sql`NOT EXISTS (SELECT 1 FROM transfer_requests WHERE team_id = ${auth.teamId} AND customer_id = ${id} AND requester_id = ${auth.member.id} AND state = 'pending')`,
					),
					db.insert(transferRequests).values(request),
					auditStatement(db, {
						teamId: auth.teamId,
						actorId: auth.member.id,
						action: "transfer_request.create",
						entity: "customer",
						entityId: id,
						after: { requestId: request.id, reason: request.reason },
						at: request.createdAt,
					}),
				],
				{ pending: () => conflict("You already asked for this customer; wait for the owner's answer") },
			);
			return c.json(requestJson(request), 201);
		},
	)
	.get("/:id/transfer-requests", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		const own = decides(auth, row.ownerId) ? undefined : eq(transferRequests.requesterId, auth.member.id);
		const rows = await db
			.select()
			.from(transferRequests)
			.where(and(eq(transferRequests.teamId, auth.teamId), eq(transferRequests.customerId, id), own))
			.orderBy(desc(transferRequests.createdAt))
			.limit(100);
		return c.json({ items: rows.map(requestJson) });
	})
	.post(
		"/:id/transfer-requests/:requestId/:decision{accept|decline}",
		validate("param", requestParam),
		async (c) => {
			const { db, auth } = c.var;
			const { id, requestId } = c.req.valid("param");
			const accept = c.req.param("decision") === "accept";
			const row = (await requireCustomer(db, auth.teamId, id)).c;
			if (!decides(auth, row.ownerId) || !seesInFull(viewerOf(auth), row)) {
				throw forbidden("Only the customer's owner, a manager or an admin decides a transfer request");
			}
			const request = await db
				.select()
				.from(transferRequests)
				.where(
					and(
						eq(transferRequests.teamId, auth.teamId),
						eq(transferRequests.customerId, id),
						eq(transferRequests.id, requestId),
					),
				)
				.get();
			if (!request) throw notFound("The transfer request");
			if (request.state !== "pending") throw conflict(`The request was already ${request.state}`);
			const at = nowIso();
			const decided = {
				state: accept ? ("accepted" as const) : ("declined" as const),
				decidedBy: auth.member.id,
				decidedAt: at,
			};
			const set = { ownerId: request.requesterId, ownerSince: at, inPool: false, poolSince: null };
			await runBatch(
				db,
				[
					guard(
						db,
						auth.teamId,
						"decided",
						sql`EXISTS (SELECT 1 FROM transfer_requests WHERE id = ${requestId} AND team_id = ${auth.teamId} AND state = 'pending')`,
					),
					db.update(transferRequests).set(decided).where(eq(transferRequests.id, requestId)),
					...(accept
						? [
								guard(
									db,
									auth.teamId,
									"member_inactive",
									sql`EXISTS (SELECT 1 FROM members WHERE team_id = ${auth.teamId} AND id = ${request.requesterId} AND active = 1)`,
								),
								...updateCustomer(db, row, set, {
									actorId: auth.member.id,
									action: "customer.transfer",
									before: customerSnapshot(row),
									after: { ...customerSnapshot({ ...row, ...set }), transferRequestId: requestId },
									at,
								}),
							]
						: [
								auditStatement(db, {
									teamId: auth.teamId,
									actorId: auth.member.id,
									action: "transfer_request.decline",
									entity: "customer",
									entityId: id,
									after: { requestId },
									at,
								}),
							]),
				],
				{
					...CUSTOMER_GUARDS,
					decided: () => conflict("The request was decided meanwhile"),
					member_inactive: () => conflict("The requester is deactivated"),
				},
			);
			return c.json(requestJson({ ...request, ...decided }));
		},
	);
