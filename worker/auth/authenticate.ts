import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { apiTokens, members, scoringSettings, teams } from "../db/schema";
import type { AppEnv } from "../env";
import { forbidden, unauthorized } from "../http/problem";
import { refuseThrottledAddress, withFailedAuthCounted } from "./failed-auth";
import { bearerToken, sha256Hex } from "./tokens";

/** last_used_at is written at most this often per token, so reads stay reads. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Bearer token → SHA-256 → a live (not revoked, not expired) token of an active member →
 * `c.var.auth`. One query; it also reads the team's scoring-settings version, so cached settings
 * are known to be current. A client address with too many failed attempts is refused before it.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
	refuseThrottledAddress(c);
	await withFailedAuthCounted(c, () => identify(c));
	await next();
});

async function identify(c: Context<AppEnv>): Promise<void> {
	const token = bearerToken(c.req.header("Authorization"));
	if (token === null) throw unauthorized("Send Authorization: Bearer <API token>");
	const db = c.var.db;
	const nowText = new Date().toISOString();
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
			teamVisibility: teams.visibility,
			teamDefaultCountry: teams.defaultCountry,
			settingsVersion: scoringSettings.version,
		})
		.from(apiTokens)
		.innerJoin(members, and(eq(members.id, apiTokens.memberId), eq(members.teamId, apiTokens.teamId)))
		.innerJoin(teams, eq(teams.id, apiTokens.teamId))
		.leftJoin(scoringSettings, eq(scoringSettings.teamId, apiTokens.teamId))
		.where(
			and(
				eq(apiTokens.tokenHash, await sha256Hex(token)),
				isNull(apiTokens.revokedAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, nowText)),
			),
		)
		.get();
	if (!row) throw unauthorized("The API token is unknown, expired or revoked");
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
		team: {
			id: row.teamId,
			name: row.teamName,
			createdAt: row.teamCreatedAt,
			visibility: row.teamVisibility,
			defaultCountry: row.teamDefaultCountry,
		},
		member: row.member,
		tokenId: row.tokenId,
		settingsVersion: row.settingsVersion ?? 1,
	});
}

type Role = AppEnv["Variables"]["auth"]["member"]["role"];

/** 403 unless the caller has one of the roles. */
export const requireRole = (...roles: Role[]) =>
	createMiddleware<AppEnv>(async (c, next) => {
		if (!roles.includes(c.var.auth.member.role)) {
			throw forbidden(`This needs the ${roles.join(" or ")} role`);
		}
		await next();
	});
