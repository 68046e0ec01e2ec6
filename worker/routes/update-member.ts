import { and, eq, isNull, sql } from "drizzle-orm";
import type { Statement } from "../customers/write";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { apiTokens, members } from "../db/schema";
import { conflict } from "../http/problem";
import { memberJson } from "./serialize";

type MemberRow = typeof members.$inferSelect;

/** Guard reasons of member writes and the problems they become. */
export const MEMBER_GUARDS = {
	last_admin: () => conflict("The team must keep at least one active admin"),
};

/**
 * The statements of one member change: the update, a check (after it, in the same transaction) that
 * the team keeps an active admin, and the audit entry. Run them (plus any others) in one batch.
 * Deactivating also revokes every live token of the member at once: reactivating brings none back.
 */
export function updateMember(
	db: Db,
	before: MemberRow,
	set: Partial<MemberRow>,
	audit: { actorId: string; at: string },
): Statement[] {
	const { teamId, id } = before;
	// Deactivation ends every token for good: reactivating the member revives none of them.
	const revokeTokens =
		set.active === false
			? [
					db
						.update(apiTokens)
						.set({ revokedAt: audit.at })
						.where(
							and(eq(apiTokens.teamId, teamId), eq(apiTokens.memberId, id), isNull(apiTokens.revokedAt)),
						),
				]
			: [];
	return [
		...revokeTokens,
		db
			.update(members)
			.set(set)
			.where(and(eq(members.teamId, teamId), eq(members.id, id))),
		guard(
			db,
			teamId,
			"last_admin",
			sql`EXISTS (SELECT 1 FROM members WHERE team_id = ${teamId} AND role = 'admin' AND active = 1)`,
		),
		auditStatement(db, {
			teamId,
			actorId: audit.actorId,
			action: "member.update",
			entity: "member",
			entityId: id,
			before: memberJson(before),
			after: memberJson({ ...before, ...set }),
			at: audit.at,
		}),
	];
}
