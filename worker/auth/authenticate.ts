import { and, eq, isNull, sql } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { apiTokens, members, scoringSettings, teams } from "../db/schema";
import type { AppEnv } from "../env";
import { forbidden, unauthorized } from "../http/problem";
import { bearerToken, sha256Hex } from "./tokens";

/** last_used_at is written at most this often per token, so reads stay reads. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Bearer token → SHA-256 → a live token of an active member → `c.var.auth`. One query; it also
 * reads the team's scoring-settings version, so cached settings are known to be current.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
	const token = bearerToken(c.req.header("Authorization"));
	if (token === null) throw unauthorized("Send Authorization: Bearer <API token>");
	const db = c.var.db;
	const row = await db
		.select({
			// Aliased: D1 returns rows keyed by column name, so two "id" columns would collide (see timed-d1.ts).
			tokenId: sql<string>`${apiTokens.id}`.as("token_id"),
			lastUsedAt: apiTokens.lastUsedAt,
			member: {
				id: members.id,
				name: members.name,
				email: members.email,
				role: members.role,
				active: members.active,
				createdAt: members.createdAt,
			},
			teamId: sql<string>`${teams.id}`.as("team_id"),
			teamName: sql<string>`${teams.name}`.as("team_name"),
			teamCreatedAt: sql<string>`${teams.createdAt}`.as("team_created_at"),
			settingsVersion: scoringSettings.version,
		})
		.from(apiTokens)
		.innerJoin(members, and(eq(members.id, apiTokens.memberId), eq(members.teamId, apiTokens.teamId)))
		.innerJoin(teams, eq(teams.id, apiTokens.teamId))
		.leftJoin(scoringSettings, eq(scoringSettings.teamId, apiTokens.teamId))
		.where(and(eq(apiTokens.tokenHash, await sha256Hex(token)), isNull(apiTokens.revokedAt)))
		.get();
	if (!row) throw unauthorized("The API token is unknown or revoked");
	if (!row.member.active) throw unauthorized("The member of this API token is deactivated");

	const now = Date.now();
	if (row.lastUsedAt === null || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
		await db
			.update(apiTokens)
			.set({ lastUsedAt: new Date(now).toISOString() })
			.where(eq(apiTokens.id, row.tokenId));
	}
	c.set("auth", {
		teamId: row.teamId,
		team: { id: row.teamId, name: row.teamName, createdAt: row.teamCreatedAt },
		member: row.member,
		tokenId: row.tokenId,
		settingsVersion: row.settingsVersion ?? 1,
	});
	await next();
});

type Role = AppEnv["Variables"]["auth"]["member"]["role"];

/** 403 unless the caller has one of the roles. */
export const requireRole = (...roles: Role[]) =>
	createMiddleware<AppEnv>(async (c, next) => {
		if (!roles.includes(c.var.auth.member.role)) {
			throw forbidden(`This needs the ${roles.join(" or ")} role`);
		}
		await next();
	});
