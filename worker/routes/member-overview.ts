import { and, asc, count, desc, eq, isNull, max, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { Tier } from "../../shared/schema/common";
import type { MemberOverview, TierCounts } from "../../shared/schema/member-overview";
import { apiTokens, customers, members } from "../db/schema";
import type { AppEnv } from "../env";
import { forbidden, notFound } from "../http/problem";
import { validate } from "../http/validate";
import { memberJson, tokenJson } from "./serialize";

const idParam = z.object({ id: z.string().min(1).max(64) });
const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

function emptyCounts(): TierCounts {
	return { platinum: 0, gold: 0, iron: 0, lead: 0 };
}

/**
 * GET /v1/members/overview: the team page's member list — role, status, last active and the
 * customers each owns per tier. Admins and managers see the team; a salesperson sees themself.
 * GET /v1/members/:id/tokens: a member's tokens (admins any member's, others their own).
 */
export const memberOverviewRoutes = new Hono<AppEnv>()
	.get("/overview", async (c) => {
		const { db, auth } = c.var;
		const onlyMe = auth.member.role === "sales" ? eq(members.id, auth.member.id) : undefined;
		const [rows, owned, tokens] = await Promise.all([
			db
				.select()
				.from(members)
				.where(and(eq(members.teamId, auth.teamId), onlyMe))
				.orderBy(asc(members.name), asc(members.id)),
			db
				.select({ ownerId: customers.ownerId, tier: customers.tier, n: count() })
				.from(customers)
				.where(
					and(
						eq(customers.teamId, auth.teamId),
						isNull(customers.deletedAt),
						eq(customers.inPool, false),
						sql`${customers.ownerId} IS NOT NULL`,
					),
				)
				.groupBy(customers.ownerId, customers.tier),
			db
				.select({
					memberId: apiTokens.memberId,
					lastUsedAt: max(apiTokens.lastUsedAt),
					live: sql<number>`SUM(${apiTokens.revokedAt} IS NULL)`,
				})
				.from(apiTokens)
				.where(eq(apiTokens.teamId, auth.teamId))
				.groupBy(apiTokens.memberId),
		]);
		const byOwner = new Map<string, TierCounts>();
		for (const { ownerId, tier, n } of owned) {
			if (ownerId === null || !TIERS.includes(tier as Tier)) continue;
			const counts = byOwner.get(ownerId) ?? emptyCounts();
			counts[tier as Tier] = n;
			byOwner.set(ownerId, counts);
		}
		const tokenStats = new Map(tokens.map((t) => [t.memberId, t]));
		const items: MemberOverview[] = rows.map((row) => ({
			...memberJson(row),
			lastActiveAt: tokenStats.get(row.id)?.lastUsedAt ?? null,
			liveTokens: Number(tokenStats.get(row.id)?.live ?? 0),
			customers: byOwner.get(row.id) ?? emptyCounts(),
		}));
		return c.json({ items });
	})
	.get("/:id/tokens", validate("param", idParam), async (c) => {
		const { id } = c.req.valid("param");
		const { db, auth } = c.var;
		if (id !== auth.member.id && auth.member.role !== "admin") {
			throw forbidden("Only admins see other members' tokens");
		}
		const member = await db
			.select({ id: members.id })
			.from(members)
			.where(and(eq(members.teamId, auth.teamId), eq(members.id, id)))
			.get();
		if (!member) throw notFound("The member");
		const rows = await db
			.select()
			.from(apiTokens)
			.where(and(eq(apiTokens.teamId, auth.teamId), eq(apiTokens.memberId, id)))
			.orderBy(desc(apiTokens.createdAt));
		return c.json({ items: rows.map(tokenJson) });
	});
