import { sql } from "drizzle-orm";
import type { Insights } from "../../shared/schema/insights";
import type { Tier } from "../../shared/scoring";
import type { Db } from "../db/client";
import { daysBefore, lastFollowUpSql } from "../pool/pool-rules";
import { type InsightsScope, inScopeSql } from "./scope";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

/** Monday 00:00 UTC of `now`'s week, and the 1st of its month. */
export function periodStarts(now: Date): { week: string; month: string } {
	const day = now.toISOString().slice(0, 10);
	const monday = new Date(`${day}T00:00:00Z`);
	monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
	return { week: monday.toISOString(), month: `${day.slice(0, 8)}01T00:00:00.000Z` };
}

interface OwnerCounts {
	ownerId: string;
	newWeek: number;
	newMonth: number;
	quiet30: number;
	quiet60: number;
	quiet90: number;
}

/**
 * Per salesperson (every active member, and anyone still owning customers; a salesperson sees only
 * themself): their customers per tier, new leads this week and month, and customers not followed
 * up for 30 / 60 / 90 days — pool customers excluded. Two grouped queries over the scope.
 */
export async function salespeople(db: Db, scope: InsightsScope, now: Date): Promise<Insights["salespeople"]> {
	const owned = sql`${inScopeSql(scope)} AND c.in_pool = 0 AND c.owner_id IS NOT NULL`;
	const { week, month } = periodStarts(now);
	const onlyMe = scope.ownerId === null ? sql`` : sql` AND m.id = ${scope.ownerId}`;
	const [people, tiers, counts] = await Promise.all([
		db.all<{ id: string; name: string }>(sql`
			SELECT m.id, m.name FROM members m
			WHERE m.team_id = ${scope.teamId}${onlyMe}
				AND (m.active = 1 OR EXISTS (SELECT 1 FROM customers c WHERE ${owned} AND c.owner_id = m.id))
			ORDER BY m.name, m.id`),
		db.all<{ ownerId: string; tier: Tier; n: number }>(sql`
			SELECT c.owner_id AS ownerId, c.tier, count(*) AS n FROM customers c WHERE ${owned}
			GROUP BY c.owner_id, c.tier`),
		db.all<OwnerCounts>(sql`
			SELECT owner_id AS ownerId,
				sum(created_at >= ${week}) AS newWeek, sum(created_at >= ${month}) AS newMonth,
				sum(followed < ${daysBefore(now, 30)}) AS quiet30, sum(followed < ${daysBefore(now, 60)}) AS quiet60,
				sum(followed < ${daysBefore(now, 90)}) AS quiet90
			FROM (SELECT c.owner_id, c.created_at, ${lastFollowUpSql} AS followed FROM customers c WHERE ${owned})
			GROUP BY owner_id`),
	]);
	const countsOf = new Map(counts.map((c) => [c.ownerId, c]));
	return people.map((person) => {
		const c = countsOf.get(person.id);
		return {
			memberId: person.id,
			name: person.name,
			tiers: Object.fromEntries(
				TIERS.map((tier) => [tier, tiers.find((t) => t.ownerId === person.id && t.tier === tier)?.n ?? 0]),
			) as Record<Tier, number>,
			newLeadsWeek: c?.newWeek ?? 0,
			newLeadsMonth: c?.newMonth ?? 0,
			noFollowUp30: c?.quiet30 ?? 0,
			noFollowUp60: c?.quiet60 ?? 0,
			noFollowUp90: c?.quiet90 ?? 0,
		};
	});
}
