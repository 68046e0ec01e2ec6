import { and, desc, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import {
	type AcceptInvitationResponse,
	acceptInvitationSchema,
	type CreateInvitationResponse,
	createInvitationSchema,
	INVITATION_DAYS,
} from "../../shared/schema/invitation";
import { requireRole } from "../auth/authenticate";
import { newApiToken, sha256Hex } from "../auth/tokens";
import { auditStatement } from "../db/audit";
import { guard, isUniqueViolation, runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { apiTokens, invitations, members, teams } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, forbidden, notFound } from "../http/problem";
import { json, validate } from "../http/validate";
import { invitationJson, invitationStatus } from "../invitations/invitation-json";
import { invitationText, newInvitationCode } from "../invitations/invitation-text";
import { memberJson } from "./serialize";

const idParam = z.object({ id: z.string().min(1).max(64) });
const DAY_MS = 86_400_000;

const memberExists = conflict("A member with this email is already in the team");

/** Admins invite any role; managers invite (and revoke invitations of) sales members only. */
function mayInvite(callerRole: string, role: string): boolean {
	return callerRole === "admin" || (callerRole === "manager" && role === "sales");
}

/** /v1/invitations for admins and managers: invite, list, revoke. Every change is audited. */
export const invitationsRoutes = new Hono<AppEnv>()
	.use(requireRole("admin", "manager"))
	.post("/", ...json(createInvitationSchema), async (c) => {
		const input = c.req.valid("json");
		const { db, auth } = c.var;
		if (!mayInvite(auth.member.role, input.role)) throw forbidden("Managers invite sales members only");
		const email = input.email.toLowerCase();
		const taken = await db
			.select({ id: members.id })
			.from(members)
			.where(and(eq(members.teamId, auth.teamId), eq(members.email, email)))
			.get();
		if (taken) throw memberExists;
		const code = newInvitationCode();
		const createdAt = nowIso();
		const row = {
			id: newId("inv"),
			teamId: auth.teamId,
			invitedBy: auth.member.id,
			name: input.name,
			email,
			role: input.role,
			codeHash: await sha256Hex(code),
			createdAt,
			expiresAt: new Date(Date.parse(createdAt) + INVITATION_DAYS * DAY_MS).toISOString(),
			acceptedAt: null,
			memberId: null,
			revokedAt: null,
		};
		await runBatch(db, [
			db.insert(invitations).values(row),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "invitation.create",
				entity: "invitation",
				entityId: row.id,
				after: invitationJson(row, createdAt),
				at: createdAt,
			}),
		]);
		const text = invitationText({
			inviter: auth.member.name,
			team: auth.team.name,
			role: row.role,
			apiUrl: new URL(c.req.url).origin,
			code,
			expiresAt: row.expiresAt,
		});
		const body: CreateInvitationResponse = { id: row.id, code, text, expiresAt: row.expiresAt };
		return c.json(body, 201);
	})
	.get("/", async (c) => {
		const { db, auth } = c.var;
		const rows = await db
			.select()
			.from(invitations)
			.where(eq(invitations.teamId, auth.teamId))
			.orderBy(desc(invitations.createdAt), desc(invitations.id))
			.limit(500);
		const now = nowIso();
		return c.json({ items: rows.map((row) => invitationJson(row, now)) });
	})
	.delete("/:id", validate("param", idParam), async (c) => {
		const { id } = c.req.valid("param");
		const { db, auth } = c.var;
		const where = and(eq(invitations.teamId, auth.teamId), eq(invitations.id, id));
		const row = await db.select().from(invitations).where(where).get();
		if (!row) throw notFound("The invitation");
		if (!mayInvite(auth.member.role, row.role)) throw forbidden("Managers revoke sales invitations only");
		const at = nowIso();
		if (invitationStatus(row, at) === "accepted") throw conflict("The invitation was already accepted");
		if (row.revokedAt !== null) return c.json(invitationJson(row, at));
		const after = { ...row, revokedAt: at };
		await runBatch(db, [
			db.update(invitations).set({ revokedAt: at }).where(where),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "invitation.revoke",
				entity: "invitation",
				entityId: id,
				before: invitationJson(row, at),
				after: invitationJson(after, at),
				at,
			}),
		]);
		return c.json(invitationJson(after, at));
	});

const INVITATION_GUARDS = {
	invitation_used: () => conflict("The invitation was already used"),
};

/**
 * POST /v1/invitations/accept {code}, without a token: the code becomes a member and their own
 * token, once. A used, expired or revoked code answers a problem and changes nothing.
 */
export const acceptInvitationRoutes = new Hono<AppEnv>().post(
	"/",
	...json(acceptInvitationSchema),
	async (c) => {
		const { code } = c.req.valid("json");
		const db = c.var.db;
		const row = await db
			.select()
			.from(invitations)
			.where(eq(invitations.codeHash, await sha256Hex(code)))
			.get();
		if (!row) throw notFound("The invitation");
		const at = nowIso();
		const status = invitationStatus(row, at);
		if (status === "accepted") throw INVITATION_GUARDS.invitation_used();
		if (status === "revoked") throw conflict("The invitation was revoked; ask for a new one");
		if (status === "expired") throw conflict("The invitation has expired; ask for a new one");
		const team = await db.select().from(teams).where(eq(teams.id, row.teamId)).get();
		if (!team) throw notFound("The invitation");

		const member = {
			id: newId("mem"),
			teamId: row.teamId,
			name: row.name,
			email: row.email,
			role: row.role,
			active: true,
			createdAt: at,
		};
		const token = newApiToken();
		const tokenRow = {
			id: newId("tok"),
			teamId: row.teamId,
			memberId: member.id,
			tokenHash: await sha256Hex(token),
			label: "invitation",
			createdAt: at,
		};
		const audit = { teamId: row.teamId, actorId: member.id, at };
		const pending = and(
			eq(invitations.id, row.id),
			sql`${invitations.acceptedAt} IS NULL AND ${invitations.revokedAt} IS NULL`,
		);
		try {
			await runBatch(
				db,
				[
					db.insert(members).values(member),
					db.insert(apiTokens).values(tokenRow),
					db.update(invitations).set({ acceptedAt: at, memberId: member.id }).where(pending),
					// A second accept racing this one: only one batch may mark the invitation as its own.
					guard(
						db,
						row.teamId,
						"invitation_used",
						sql`EXISTS (SELECT 1 FROM invitations WHERE id = ${row.id} AND member_id = ${member.id})`,
					),
					auditStatement(db, {
						...audit,
						action: "invitation.accept",
						entity: "invitation",
						entityId: row.id,
						after: { memberId: member.id },
					}),
					auditStatement(db, {
						...audit,
						action: "member.create",
						entity: "member",
						entityId: member.id,
						after: memberJson(member),
					}),
					auditStatement(db, {
						...audit,
						action: "token.create",
						entity: "token",
						entityId: tokenRow.id,
						after: { memberId: member.id, label: tokenRow.label },
					}),
				],
				INVITATION_GUARDS,
			);
		} catch (error) {
			if (isUniqueViolation(error, "members")) throw memberExists;
			throw error;
		}
		const body: AcceptInvitationResponse = {
			token,
			member: memberJson(member),
			team: { id: team.id, name: team.name, createdAt: team.createdAt },
		};
		return c.json(body, 201);
	},
);
