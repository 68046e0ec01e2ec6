import { and, asc, eq, gt, inArray, isNull, like, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { customerListQuerySchema } from "../../shared/schema/customer";
import type { Db } from "../db/client";
import { base64url } from "../db/ids";
import { contacts, customers, identities } from "../db/schema";
import { invalidField } from "../http/problem";
import { type CustomerWithOwner, selectCustomers } from "./view";
import { seenInFullSql, type Viewer } from "./visibility";

type ListQuery = z.output<typeof customerListQuerySchema>;

/** Keyset cursor over (name, id): stable under inserts, no OFFSET scans. Opaque to clients. */
export function encodeCursor(row: { name: string; id: string }): string {
	return base64url(new TextEncoder().encode(JSON.stringify([row.name, row.id])));
}

export function decodeCursor(cursor: string): { name: string; id: string } {
	try {
		const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
		const text = new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
		const value = JSON.parse(text) as unknown;
		if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
			return { name: value[0], id: value[1] };
		}
	} catch {
		// Falls through to the 422 below.
	}
	throw invalidField("cursor", "Not a cursor from this API; use nextCursor of the previous page");
}

/** LIKE pattern text with %, _ and \ taken literally. */
function likeLiteral(text: string): string {
	return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Name, domain and buyer id find any customer; contact names, emails and phones find only the
 * customers the viewer sees in full — a prefix search must not spell out a colleague's contacts.
 */
function search(teamId: string, q: string, viewer: Viewer): SQL {
	const lower = q.toLowerCase();
	const identityPrefix = (kinds: Array<"email" | "domain" | "buyer_id" | "phone">) =>
		and(
			eq(identities.teamId, teamId),
			inArray(identities.kind, kinds),
			sql`${identities.value} >= ${lower}`,
			sql`${identities.value} < ${`${lower}\uffff`}`,
		);
	const contains = `%${likeLiteral(q)}%`;
	// A contact's name anywhere in it ("陈" finds 陈志明's company); same team, on contacts_customer.
	const contactNamed = sql`EXISTS (SELECT 1 FROM ${contacts} WHERE ${contacts.teamId} = ${teamId} AND ${contacts.customerId} = ${customers.id} AND ${contacts.name} LIKE ${contains} ESCAPE '\\')`;
	const identityHit = (kinds: Array<"email" | "domain" | "buyer_id" | "phone">) =>
		sql`${customers.id} IN (SELECT ${identities.customerId} FROM ${identities} WHERE ${identityPrefix(kinds)})`;
	return or(
		sql`${customers.name} LIKE ${contains} ESCAPE '\\'`,
		like(customers.domain, `${likeLiteral(lower)}%`),
		// Prefix search on the identities index: "ann@", "acme.", "+86138".
		identityHit(["domain", "buyer_id"]),
		and(seenInFullSql(viewer), or(identityHit(["email", "phone"]), contactNamed)),
	) as SQL;
}

/** One page of the team's live customers matching the query, sorted by name. */
export async function listCustomers(
	db: Db,
	teamId: string,
	viewer: Viewer,
	query: ListQuery,
): Promise<{ rows: CustomerWithOwner[]; next: string | null }> {
	const q = query.q?.trim();
	const after = query.cursor ? decodeCursor(query.cursor) : null;
	const owner = query.owner === "me" ? viewer.memberId : query.owner;
	const where = and(
		eq(customers.teamId, teamId),
		isNull(customers.deletedAt),
		q ? search(teamId, q, viewer) : undefined,
		query.tier ? eq(customers.tier, query.tier) : undefined,
		owner ? eq(customers.ownerId, owner) : undefined,
		query.status ? eq(customers.status, query.status) : undefined,
		query.pool ? eq(customers.inPool, query.pool === "true") : undefined,
		after
			? or(gt(customers.name, after.name), and(eq(customers.name, after.name), gt(customers.id, after.id)))
			: undefined,
	);
	const rows = await selectCustomers(db)
		.where(where)
		.orderBy(asc(customers.name), asc(customers.id))
		.limit(query.limit + 1);
	const page = rows.slice(0, query.limit);
	const last = page[page.length - 1];
	return { rows: page, next: rows.length > query.limit && last ? encodeCursor(last.c) : null };
}
