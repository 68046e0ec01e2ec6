import { type SQL, sql } from "drizzle-orm";
import type { AuthContext } from "../env";

/** Whose customers the insights are about: the whole team, or one salesperson's own. */
export interface InsightsScope {
	teamId: string;
	/** Null: the team (managers and admins); else the salesperson's own customers. */
	ownerId: string | null;
}

export function insightsScopeOf(auth: AuthContext): InsightsScope {
	const role = auth.member.role;
	return { teamId: auth.teamId, ownerId: role === "admin" || role === "manager" ? null : auth.member.id };
}

/** The scope's live customers, as SQL over `customers c`. */
export function inScopeSql(scope: InsightsScope): SQL {
	const own = scope.ownerId === null ? sql`` : sql` AND c.owner_id = ${scope.ownerId}`;
	return sql`c.team_id = ${scope.teamId} AND c.deleted_at IS NULL${own}`;
}

/** A tier's rank, higher is better, as SQL over a tier column. */
export const tierRankSql = (column: SQL) =>
	sql`(CASE ${column} WHEN 'platinum' THEN 3 WHEN 'gold' THEN 2 WHEN 'iron' THEN 1 ELSE 0 END)`;

/** A share rounded to 4 places; 0 of nothing is 0. */
export const share = (part: number, whole: number) =>
	whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0;
