import { eq, sql } from "drizzle-orm";
import { DEFAULT_POOL_RULES, type PoolRules, poolRulesSchema } from "../../shared/schema/pool-rules";
import type { Db } from "../db/client";
import { poolRules } from "../db/schema";
import { ProblemError } from "../http/problem";

/** The team's pool rules; every rule off when none were saved (or the saved ones no longer parse). */
export async function readPoolRules(db: Db, teamId: string): Promise<PoolRules> {
	const row = await db.select().from(poolRules).where(eq(poolRules.teamId, teamId)).get();
	if (!row) return DEFAULT_POOL_RULES;
	const parsed = poolRulesSchema.safeParse(JSON.parse(row.rules));
	return parsed.success ? parsed.data : DEFAULT_POOL_RULES;
}

/** A claim refused by a pool rule: 409, naming the rule (`errors[0].path` is `rule.<name>`). */
export function poolRuleProblem(rule: string, detail: string): ProblemError {
	return new ProblemError(409, "pool-rule", "Refused by a pool rule", {
		detail,
		errors: [{ path: `rule.${rule}`, message: detail }],
	});
}

export const DAY_MS = 86_400_000;

export function daysBefore(now: Date, days: number): string {
	return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * When the owner last followed the customer up: their latest interaction or note, the latest order,
 * or else when they took it over (owner_since, a claim). SQL over the customers row aliased `c`.
 */
export const lastFollowUpSql = sql`max(
	coalesce(c.owner_since, ''),
	coalesce(c.claimed_at, ''),
	coalesce(c.last_order_at, ''),
	coalesce((SELECT max(i.occurred_at) FROM interactions i WHERE i.team_id = c.team_id AND i.customer_id = c.id AND i.created_by = c.owner_id), ''),
	coalesce((SELECT max(n.created_at) FROM notes n WHERE n.team_id = c.team_id AND n.customer_id = c.id AND n.author_id = c.owner_id), ''),
	c.created_at
)`;
