import { type SQL, sql } from "drizzle-orm";
import type { CustomerFilters } from "../../shared/schema/customer-filters";

const nextDay = (day: string) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** LIKE pattern text with %, _ and \ taken literally. */
export function likeLiteral(text: string): string {
	return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The team table's search over `customers c`: the name anywhere in it, the owner's name anywhere in
 * it, the domain from its start, and any email, phone, domain or buyer id from its start (on the
 * identities index: "ann@", "acme.", "+86138"). For callers who see every matching customer in full.
 */
export function tableSearchSql(teamId: string, q: string): SQL {
	const lower = q.toLowerCase();
	const contains = `%${likeLiteral(q)}%`;
	return sql`(c.name LIKE ${contains} ESCAPE '\\'
		OR c.domain LIKE ${`${likeLiteral(lower)}%`} ESCAPE '\\'
		OR c.owner_id IN (SELECT id FROM members WHERE team_id = ${teamId} AND name LIKE ${contains} ESCAPE '\\')
		OR c.id IN (SELECT customer_id FROM identities WHERE team_id = ${teamId}
			AND kind IN ('email', 'phone', 'domain', 'buyer_id') AND value >= ${lower} AND value < ${`${lower}\uffff`}))`;
}

/**
 * The filters (and search) as SQL over `customers c` of the team's live customers. `storedScores`
 * false leaves the tier and churn filters out (an export as of a day applies them to its own scores).
 */
export function customerFilterSql(teamId: string, f: CustomerFilters, storedScores = true): SQL {
	const where: SQL[] = [sql`c.team_id = ${teamId}`, sql`c.deleted_at IS NULL`];
	if (storedScores && f.tier !== undefined) where.push(sql`c.tier = ${f.tier}`);
	if (storedScores && f.churn !== undefined) where.push(sql`c.churn_severity = ${f.churn}`);
	if (f.owner !== undefined) where.push(sql`c.owner_id = ${f.owner}`);
	if (f.pool !== undefined) where.push(sql`c.in_pool = ${f.pool ? 1 : 0}`);
	if (f.country !== undefined) where.push(sql`c.country = ${f.country}`);
	if (f.source !== undefined) where.push(sql`c.source = ${f.source}`);
	if (f.createdFrom !== undefined) where.push(sql`c.created_at >= ${f.createdFrom}`);
	if (f.createdTo !== undefined) where.push(sql`c.created_at < ${nextDay(f.createdTo)}`);
	if (f.lastContactFrom !== undefined) where.push(sql`c.last_interaction_at >= ${f.lastContactFrom}`);
	if (f.lastContactTo !== undefined) where.push(sql`c.last_interaction_at < ${nextDay(f.lastContactTo)}`);
	if (f.q !== undefined) where.push(tableSearchSql(teamId, f.q));
	return sql.join(where, sql` AND `);
}
