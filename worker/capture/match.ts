import { and, eq, or, sql } from "drizzle-orm";
import { decideMatch, type IdentityKey, type KeyHolder, type KeyKind } from "../../shared/capture";
import { liveIdentities } from "../customers/live-identities";
import type { CustomerWithOwner } from "../customers/view";
import type { Db } from "../db/client";
import { customers, identities, members } from "../db/schema";
import type { NormalizedCapture } from "./normalize-capture";

export interface Match {
	row: CustomerWithOwner;
	matchedBy: IdentityKey;
}

export interface MatchResult {
	/** The customer the capture merges into (null: a new customer). */
	match: Match | null;
	/** Shares only a phone with a record of another company: kept apart, flagged as this. */
	possibleDuplicate: Match | null;
	/** "kind:value" of every key some customer already holds: those are never added again. */
	taken: Set<string>;
}

/** The team's live customers holding any of the capture's keys, in one query; the shared rule picks. */
export async function findMatch(db: Db, teamId: string, capture: NormalizedCapture): Promise<MatchResult> {
	const keys = capture.keys;
	if (keys.length === 0) return { match: null, possibleDuplicate: null, taken: new Set() };
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
	const holders: KeyHolder<Match>[] = rows.map((row) => ({
		key: { kind: row.kind as KeyKind, value: row.value },
		customerId: row.c.id,
		domain: row.c.domain,
		name: row.c.name,
		record: {
			row: { c: row.c, ownerName: row.ownerName, ownerEmail: row.ownerEmail },
			matchedBy: { kind: row.kind as KeyKind, value: row.value },
		},
	}));
	const taken = new Set(rows.map((r) => `${r.kind}:${r.value}`));
	const decision = decideMatch(holders, {
		domain: capture.company.domain,
		companyName: capture.company.name,
	});
	return {
		match: decision.kind === "match" ? decision.holder.record : null,
		possibleDuplicate: decision.kind === "possible-duplicate" ? decision.holder.record : null,
		taken,
	};
}
