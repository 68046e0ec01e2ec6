import { and, eq, or, sql } from "drizzle-orm";
import type { IdentityKey } from "../../shared/normalize";
import { liveIdentities } from "../customers/live-identities";
import type { CustomerWithOwner } from "../customers/view";
import type { Db } from "../db/client";
import { customers, identities, members } from "../db/schema";

/** Strongest evidence first: a platform buyer id is one buyer; a domain may be a whole company. */
export const MATCH_PRIORITY: IdentityKey["kind"][] = ["buyer_id", "email", "phone", "domain"];

export interface Match {
	row: CustomerWithOwner;
	matchedBy: IdentityKey;
}

export interface MatchResult {
	match: Match | null;
	/** "kind:value" of every key some customer already holds: those are never added again. */
	taken: Set<string>;
}

/** The team's live customer that shares the strongest of `keys`, in one query. */
export async function findMatch(db: Db, teamId: string, keys: IdentityKey[]): Promise<MatchResult> {
	if (keys.length === 0) return { match: null, taken: new Set() };
	const rows = await liveIdentities(
		db
			.select({
				kind: identities.kind,
				value: identities.value,
				c: customers,
				ownerName: sql<string | null>`${members.name}`.as("owner_name"),
				ownerEmail: sql<string | null>`${members.email}`.as("owner_email"),
			})
			.from(identities)
			.$dynamic(),
		teamId,
		or(...keys.map((k) => and(eq(identities.kind, k.kind), eq(identities.value, k.value)))),
	);
	let best: (typeof rows)[number] | undefined;
	for (const row of rows) {
		if (best === undefined || rank(row.kind) < rank(best.kind)) best = row;
	}
	const taken = new Set(rows.map((r) => `${r.kind}:${r.value}`));
	if (best === undefined) return { match: null, taken };
	return {
		match: {
			row: { c: best.c, ownerName: best.ownerName, ownerEmail: best.ownerEmail },
			matchedBy: { kind: best.kind as IdentityKey["kind"], value: best.value },
		},
		taken,
	};
}

function rank(kind: string): number {
	const i = MATCH_PRIORITY.indexOf(kind as IdentityKey["kind"]);
	return i < 0 ? MATCH_PRIORITY.length : i;
}
