import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { SQLiteSelectQueryBuilder } from "drizzle-orm/sqlite-core";
import { customers, identities, members } from "../db/schema";

/**
 * A select from `identities` (made `$dynamic()`) narrowed to the team's identities that meet
 * `matching`, each joined to its customer (of the same team, not deleted) and that customer's
 * owner, if any: how captures and lookups find who holds a key.
 */
export function liveIdentities<T extends SQLiteSelectQueryBuilder>(
	query: T,
	teamId: string,
	matching: SQL | undefined,
) {
	return query
		.innerJoin(customers, and(eq(customers.id, identities.customerId), eq(customers.teamId, teamId)))
		.leftJoin(members, eq(members.id, customers.ownerId))
		.where(and(eq(identities.teamId, teamId), isNull(customers.deletedAt), matching));
}
