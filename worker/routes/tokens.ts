import { and, desc, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { createTokenSchema, MAX_LIVE_TOKENS_PER_MEMBER } from "../../shared/schema/team";
import { newApiToken, sha256Hex } from "../auth/tokens";
import { auditStatement } from "../db/audit";
import { guard, runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { apiTokens, members } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, forbidden, notFound } from "../http/problem";
import { json, validate } from "../http/validate";
import { tokenJson } from "./serialize";

const idParam = z.object({ id: z.string().min(1).max(64) });

/**
 * /v1/tokens: admins issue and revoke tokens for any member of the team; every member may
 * issue, list and revoke their own. A token is shown once, in the answer that issues it.
 */
export const tokensRoutes = new Hono<AppEnv>()
	.get("/", async (c) => {
		const { db, auth } = c.var;
		const mine = auth.member.role === "admin" ? undefined : eq(apiTokens.memberId, auth.member.id);
		const rows = await db
			.select()
			.from(apiTokens)
			.where(and(eq(apiTokens.teamId, auth.teamId), mine))
			.orderBy(desc(apiTokens.createdAt));
		return c.json({ items: rows.map(tokenJson) });
	})
	.post("/", ...json(createTokenSchema), async (c) => {
		const input = c.req.valid("json");
		const { db, auth } = c.var;
		const memberId = input.memberId ?? auth.member.id;
		if (memberId !== auth.member.id && auth.member.role !== "admin") {
			throw forbidden("Only admins issue tokens for other members");
		}
		const member = await db
			.select({ id: members.id, active: members.active })
			.from(members)
			.where(and(eq(members.teamId, auth.teamId), eq(members.id, memberId)))
			.get();
		if (!member) throw notFound("The member");
		if (!member.active) throw conflict("The member is deactivated");
		const token = newApiToken();
		const createdAt = nowIso();
		const row = {
			id: newId("tok"),
			teamId: auth.teamId,
			memberId,
			tokenHash: await sha256Hex(token),
			label: input.label ?? null,
			createdAt,
			lastUsedAt: null,
			revokedAt: null,
			expiresAt:
				input.expiresInDays === undefined
					? null
					: new Date(Date.parse(createdAt) + input.expiresInDays * 86_400_000).toISOString(),
		};
		await runBatch(
			db,
			[
				// Checked in the batch, so two requests at once cannot both take the last free place.
				guard(
					db,
					auth.teamId,
					"token_cap",
					sql`(SELECT count(*) FROM api_tokens WHERE team_id = ${auth.teamId} AND member_id = ${memberId}
						AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ${createdAt})) < ${MAX_LIVE_TOKENS_PER_MEMBER}`,
				),
				db.insert(apiTokens).values(row),
				auditStatement(db, {
					teamId: auth.teamId,
					actorId: auth.member.id,
					action: "token.create",
					entity: "token",
					entityId: row.id,
					after: { memberId, label: row.label, expiresAt: row.expiresAt },
					at: row.createdAt,
				}),
			],
			{
				token_cap: () =>
					conflict(
						`A member holds at most ${MAX_LIVE_TOKENS_PER_MEMBER} live tokens; revoke one (DELETE /v1/tokens/:id) first`,
					),
			},
		);
		return c.json({ ...tokenJson(row), token }, 201);
	})
	.delete("/:id", validate("param", idParam), async (c) => {
		const { id } = c.req.valid("param");
		const { db, auth } = c.var;
		const where = and(eq(apiTokens.teamId, auth.teamId), eq(apiTokens.id, id));
		const row = await db.select().from(apiTokens).where(where).get();
		if (!row) throw notFound("The token");
		if (row.memberId !== auth.member.id && auth.member.role !== "admin") {
			throw forbidden("Only admins revoke other members' tokens");
		}
		if (row.revokedAt !== null) return c.json(tokenJson(row));
		const at = nowIso();
		await runBatch(db, [
			db.update(apiTokens).set({ revokedAt: at }).where(where),
			auditStatement(db, {
				teamId: auth.teamId,
				actorId: auth.member.id,
				action: "token.revoke",
				entity: "token",
				entityId: id,
				before: tokenJson(row),
				after: tokenJson({ ...row, revokedAt: at }),
				at,
			}),
		]);
		return c.json(tokenJson({ ...row, revokedAt: at }));
	});
