import { type SQL, sql } from "drizzle-orm";
import type { CaptureSource, Tier } from "../../shared/schema/common";
import type {
	TeamCustomerPage,
	TeamCustomerQuery,
	TeamCustomerRow,
	TeamCustomerSort,
} from "../../shared/schema/team-customers";
import type { Db } from "../db/client";
import { base64url } from "../db/ids";
import { invalidField } from "../http/problem";
import type { InsightsScope } from "../insights/scope";
import { customerFilterSql } from "./table-filters";

/**
 * Each order's key as SQL over `customers c`, spelled as its index is (migration 0012): a never-null
 * value, so the keyset `(key, id) > (?, ?)` is one range on the index.
 */
const SORT_KEY: Record<TeamCustomerSort, SQL> = {
	name: sql`c.name`,
	revenue: sql`c.revenue_12m_usd`,
	lastContact: sql`coalesce(c.last_interaction_at, '')`,
	created: sql`c.created_at`,
};

type Key = string | number;
interface Cursor {
	sort: TeamCustomerSort;
	dir: "asc" | "desc";
	key: Key;
	id: string;
}

function encodeCursor(cursor: Cursor): string {
	const json = JSON.stringify([cursor.sort, cursor.dir, cursor.key, cursor.id]);
	return base64url(new TextEncoder().encode(json));
}

/** A cursor of this order, or 422: a cursor of another sort would skip or repeat customers. */
function decodeCursor(text: string, sort: TeamCustomerSort, dir: "asc" | "desc"): Cursor {
	try {
		const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
		const value = JSON.parse(
			new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))),
		) as unknown;
		if (
			Array.isArray(value) &&
			value[0] === sort &&
			value[1] === dir &&
			(typeof value[2] === "string" || typeof value[2] === "number") &&
			typeof value[3] === "string"
		) {
			return { sort, dir, key: value[2], id: value[3] };
		}
	} catch {
		// Falls through to the 422 below.
	}
	throw invalidField("cursor", "Not a cursor of this sort; use nextCursor of the previous page");
}

interface Row {
	id: string;
	name: string;
	domain: string | null;
	email: string | null;
	country: string | null;
	tier: Tier;
	currentValue: number;
	potentialValue: number;
	churn: TeamCustomerRow["churn"];
	revenue12mUsd: number;
	lastOrderAt: string | null;
	lastInteractionAt: string | null;
	createdAt: string;
	ownerId: string | null;
	ownerName: string | null;
	inPool: number;
	source: CaptureSource | null;
	version: number;
	sortKey: Key;
}

/** The page's query (and the count of every match), as run; exported for its query-plan test. */
export function teamCustomerPageSql(scope: InsightsScope, query: TeamCustomerQuery) {
	const key = SORT_KEY[query.sort];
	const dir = query.dir === "asc" ? sql`ASC` : sql`DESC`;
	const where: SQL[] = [customerFilterSql(scope.teamId, query)];
	if (scope.ownerId !== null) where.push(sql`(c.owner_id = ${scope.ownerId} OR c.in_pool = 1)`);
	const matching = sql.join(where, sql` AND `);
	const after = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort, query.dir);
	// The row value is the keyset; the plain bound beside it is what lets SQLite start the scan at the
	// cursor on the expression index of last contact (row values compare on plain columns only).
	const keyset =
		after === null
			? sql``
			: query.dir === "asc"
				? sql` AND ${key} >= ${after.key} AND (${key}, c.id) > (${after.key}, ${after.id})`
				: sql` AND ${key} <= ${after.key} AND (${key}, c.id) < (${after.key}, ${after.id})`;
	return {
		first: after === null,
		page: sql`
			SELECT c.id, c.name, c.domain,
				(SELECT min(k.email) FROM contacts k WHERE k.team_id = c.team_id AND k.customer_id = c.id) AS email,
				c.country, c.tier, c.current_value AS currentValue, c.potential_value AS potentialValue,
				c.churn_severity AS churn, c.revenue_12m_usd AS revenue12mUsd, c.last_order_at AS lastOrderAt,
				c.last_interaction_at AS lastInteractionAt, c.created_at AS createdAt,
				m.id AS ownerId, m.name AS ownerName, c.in_pool AS inPool, c.source, c.version, ${key} AS sortKey
			FROM customers c LEFT JOIN members m ON m.id = c.owner_id AND m.team_id = c.team_id
			WHERE ${matching}${keyset}
			ORDER BY ${key} ${dir}, c.id ${dir}
			LIMIT ${query.limit + 1}`,
		count: sql`SELECT count(*) AS n FROM customers c WHERE ${matching}`,
	};
}

/**
 * One page of the team table: the scope's live customers matching the filters and search, in the
 * order asked for, after the cursor. The order's index drives the scan (no OFFSET, no sort of the
 * whole team), the owner is joined and the first email read for the page's rows only. The first page
 * also counts every match.
 */
export async function teamCustomerPage(
	db: Db,
	/** The team (managers, admins), or a salesperson's own customers, to which the pool is added. */
	scope: InsightsScope,
	query: TeamCustomerQuery,
): Promise<TeamCustomerPage> {
	const statements = teamCustomerPageSql(scope, query);
	const [rows, total] = await Promise.all([
		db.all<Row>(statements.page),
		statements.first ? db.all<{ n: number }>(statements.count) : Promise.resolve(null),
	]);
	const page = rows.slice(0, query.limit);
	const last = page.at(-1);
	return {
		items: page.map(({ ownerId, ownerName, inPool, sortKey: _key, ...row }) => ({
			...row,
			owner: ownerId === null ? null : { id: ownerId, name: ownerName ?? "" },
			inPool: inPool === 1,
		})),
		nextCursor:
			rows.length > query.limit && last
				? encodeCursor({ sort: query.sort, dir: query.dir, key: last.sortKey, id: last.id })
				: null,
		total: total === null ? null : (total[0]?.n ?? 0),
	};
}
