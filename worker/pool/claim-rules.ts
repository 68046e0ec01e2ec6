import { sql } from "drizzle-orm";
import type { Tier } from "../../shared/schema/common";
import type { CustomerRow } from "../customers/view";
import type { Statement } from "../customers/write";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { DAY_MS, daysBefore, poolRuleProblem, readPoolRules } from "./pool-rules";

/** Customers the member owns (out of the pool, live), optionally of one tier. */
const owned = (teamId: string, memberId: string, tier?: string) =>
	sql`(SELECT count(*) FROM customers WHERE team_id = ${teamId} AND owner_id = ${memberId} AND in_pool = 0 AND deleted_at IS NULL${tier === undefined ? sql`` : sql` AND tier = ${tier}`})`;

/** Problems of the claim guards below, by guard reason. */
export const CLAIM_RULE_GUARDS = {
	pool_max_owned: () =>
		poolRuleProblem("maxOwnedPerMember", "You already own as many customers as the team allows"),
	pool_max_tier: () =>
		poolRuleProblem("maxOwnedPerTier", "You already own as many customers of this tier as the team allows"),
};

/**
 * The team's pool rules for one claim at `now`: throws a 409 problem naming the rule it breaks
 * (reclaim cool-down, caps per member and per tier); answers guards that re-check the caps inside
 * the claim's batch, so two claims at once cannot both pass a cap.
 */
export async function claimRuleGuards(
	db: Db,
	row: CustomerRow,
	memberId: string,
	now: Date,
): Promise<Statement[]> {
	const rules = await readPoolRules(db, row.teamId);
	const cooldown = rules.reclaimCooldownDays;
	if (
		cooldown !== null &&
		row.poolPreviousOwnerId === memberId &&
		row.poolSince !== null &&
		row.poolSince > daysBefore(now, cooldown)
	) {
		const after = new Date(Date.parse(row.poolSince) + cooldown * DAY_MS).toISOString().slice(0, 10);
		throw poolRuleProblem(
			"reclaimCooldownDays",
			`You released this customer; the team's rule lets you claim it back from ${after}`,
		);
	}
	const guards: Statement[] = [];
	const teamId = row.teamId;
	const max = rules.maxOwnedPerMember;
	if (max !== null) {
		const [count] = await db.all<{ n: number }>(sql`SELECT ${owned(teamId, memberId)} AS n`);
		if ((count?.n ?? 0) >= max) throw CLAIM_RULE_GUARDS.pool_max_owned();
		guards.push(guard(db, teamId, "pool_max_owned", sql`${owned(teamId, memberId)} < ${max}`));
	}
	const tierMax = rules.maxOwnedPerTier[row.tier as Tier] ?? null;
	if (tierMax !== null) {
		const [count] = await db.all<{ n: number }>(sql`SELECT ${owned(teamId, memberId, row.tier)} AS n`);
		if ((count?.n ?? 0) >= tierMax) throw CLAIM_RULE_GUARDS.pool_max_tier();
		guards.push(guard(db, teamId, "pool_max_tier", sql`${owned(teamId, memberId, row.tier)} < ${tierMax}`));
	}
	return guards;
}
