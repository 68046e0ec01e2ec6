import { and, eq, inArray, sql } from "drizzle-orm";
import { corporateDomain, normalizeBuyerId } from "../../shared/capture";
import { buyerZone, localTimeOf } from "../../shared/local-time/buyer-zone";
import { normalizeEmail } from "../../shared/normalize";
import type { Tier } from "../../shared/schema/common";
import type { LookupMatch } from "../../shared/schema/lookup";
import type { Db } from "../db/client";
import { customers, identities, members } from "../db/schema";
import { liveIdentities } from "./live-identities";
import type { LabelOf } from "./team-scoring";
import { chunks } from "./view";

type Kind = "email" | "domain" | "buyer_id";

interface Wanted {
	/** Response key (the request's key, lower-cased) → identity to look for, strongest first. */
	plans: Array<{ key: string; candidates: Array<{ kind: Kind; value: string }> }>;
	values: Record<Kind, Set<string>>;
}

/** Which identities answer which keys: an unknown corporate email falls back to its domain. */
function plan(request: { emails: string[]; domains: string[]; buyerIds: string[] }): Wanted {
	const wanted: Wanted = { plans: [], values: { email: new Set(), domain: new Set(), buyer_id: new Set() } };
	const add = (key: string, candidates: Array<{ kind: Kind; value: string }>) => {
		if (candidates.length === 0) return;
		wanted.plans.push({ key, candidates });
		for (const c of candidates) wanted.values[c.kind].add(c.value);
	};
	for (const raw of request.buyerIds) {
		const value = normalizeBuyerId(raw);
		add(raw.toLowerCase(), value ? [{ kind: "buyer_id", value }] : []);
	}
	for (const raw of request.emails) {
		const email = normalizeEmail(raw);
		if (email === null) continue;
		const domain = corporateDomain(email);
		add(raw.toLowerCase(), [
			{ kind: "email", value: email },
			...(domain === null ? [] : [{ kind: "domain" as const, value: domain }]),
		]);
	}
	for (const raw of request.domains) {
		const domain = corporateDomain(raw);
		add(raw.toLowerCase(), domain === null ? [] : [{ kind: "domain", value: domain }]);
	}
	return wanted;
}

/**
 * Up to 500 keys in one D1 round trip: one statement per kind and chunk of values (D1 binds at
 * most 100 parameters), sent as a single batch. Only the caller's team and live customers answer.
 */
export async function lookup(
	db: Db,
	teamId: string,
	request: { emails: string[]; domains: string[]; buyerIds: string[] },
	labelOf: LabelOf,
): Promise<Record<string, LookupMatch>> {
	const wanted = plan(request);
	const statements = (Object.keys(wanted.values) as Kind[]).flatMap((kind) =>
		chunks([...wanted.values[kind]]).map((values) => query(db, teamId, kind, values)),
	);
	const found = new Map<string, Omit<LookupMatch, "matchedBy">>();
	if (statements.length > 0) {
		const results = await db.batch(
			statements as [(typeof statements)[number], ...(typeof statements)[number][]],
		);
		for (const row of results.flat()) {
			found.set(`${row.kind}:${row.value}`, {
				customerId: row.customerId,
				name: row.name,
				tier: row.tier as Tier,
				tierLabel: labelOf(row.tier as Tier),
				ownerId: row.ownerId,
				ownerName: row.ownerName,
				churn: row.churnFlag,
				inPool: row.inPool,
				...localTimeOf(buyerZone({ country: row.country })),
			});
		}
	}
	const matches: Record<string, LookupMatch> = {};
	for (const { key, candidates } of wanted.plans) {
		if (key in matches) continue;
		for (const candidate of candidates) {
			const hit = found.get(`${candidate.kind}:${candidate.value}`);
			if (hit) {
				matches[key] = { ...hit, matchedBy: candidate.kind };
				break;
			}
		}
	}
	return matches;
}

function query(db: Db, teamId: string, kind: Kind, values: string[]) {
	return liveIdentities(
		db
			.select({
				kind: identities.kind,
				value: identities.value,
				customerId: customers.id,
				name: customers.name,
				tier: customers.tier,
				churnFlag: customers.churnFlag,
				inPool: customers.inPool,
				country: customers.country,
				ownerId: customers.ownerId,
				ownerName: sql<string | null>`${members.name}`.as("owner_name"),
			})
			.from(identities)
			.$dynamic(),
		teamId,
		and(eq(identities.kind, kind), inArray(identities.value, values)),
	);
}
