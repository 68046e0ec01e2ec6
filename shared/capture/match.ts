/**
 * Which team record a contact is, from the records that hold one of its keys: the one rule the
 * worker's capture, the side panel and the extension's cache all apply.
 *
 * The strongest key wins (MATCH_PRIORITY). When the best evidence is only a phone (a weak key)
 * and the contact carries a different corporate domain or a different company name than the
 * record, it is NOT the same customer: the answer is a possible duplicate, kept separate until
 * someone says "same company".
 */
import { companyNameKey } from "../normalize/company-name";
import { type IdentityKey, KEY_STRENGTH, keyRank } from "./keys";

/** A record holding one of the contact's keys. */
export interface KeyHolder<R = unknown> {
	key: IdentityKey;
	customerId: string;
	/** The record's corporate domain, if it has one. */
	domain: string | null;
	/** The record's (company) name. */
	name: string;
	record: R;
}

/** What the contact says about its company, beside its keys. */
export interface ContactCompany {
	/** Corporate domain (already through corporateDomain). */
	domain?: string | null;
	companyName?: string | null;
}

export type MatchDecision<R = unknown> =
	| { kind: "match"; holder: KeyHolder<R> }
	| { kind: "possible-duplicate"; holder: KeyHolder<R>; reason: "domain" | "company-name" }
	| { kind: "none" };

export function decideMatch<R>(holders: readonly KeyHolder<R>[], company: ContactCompany): MatchDecision<R> {
	let best: KeyHolder<R> | undefined;
	for (const holder of holders) {
		if (best === undefined || isStronger(holder, best)) best = holder;
	}
	if (best === undefined) return { kind: "none" };
	if (KEY_STRENGTH[best.key.kind] !== "weak") return { kind: "match", holder: best };
	const reason = differsFrom(best, company);
	return reason ? { kind: "possible-duplicate", holder: best, reason } : { kind: "match", holder: best };
}

/** Stronger key first; between equal keys the older-listed (first) holder stays, so the answer is stable. */
function isStronger(a: KeyHolder<unknown>, b: KeyHolder<unknown>): boolean {
	const byRank = keyRank(a.key.kind) - keyRank(b.key.kind);
	if (byRank !== 0) return byRank < 0;
	return a.customerId < b.customerId;
}

function differsFrom(holder: KeyHolder<unknown>, company: ContactCompany): "domain" | "company-name" | null {
	if (company.domain && holder.domain && company.domain !== holder.domain) return "domain";
	if (company.domain && !holder.domain) return "domain";
	const wanted = company.companyName ? companyNameKey(company.companyName) : "";
	const held = companyNameKey(holder.name);
	if (wanted && held && wanted !== held) return "company-name";
	return null;
}
