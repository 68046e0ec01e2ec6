import { LIMITS } from "../../shared/schema/limits";
import type { LookupMatch, LookupRequest, LookupResponse } from "../../shared/schema/lookup";
import { findByKeys, toLookupMatch } from "../store/customers";
import type { TierlineDb } from "../store/db";

/**
 * What one tab may ask the API about per minute: a busy inbox needs a few dozen keys; a page
 * script inserting fake rows to enumerate the team's customers gets no further than this (its
 * marks are unreadable anyway) and the API is not hammered on its behalf. Keys over the budget
 * are answered from the local cache only.
 */
export const TAB_LOOKUP_BUDGET = { keys: 300, perMs: 60_000 } as const;

/** Server answers are kept briefly: known customers 10 minutes, unknown keys 2 minutes. */
export const LOOKUP_TTL = { hitMs: 10 * 60_000, missMs: 2 * 60_000 } as const;

type Kind = "emails" | "domains" | "buyerIds";
const KINDS: Kind[] = ["emails", "domains", "buyerIds"];

export interface LookupKeys {
	emails: string[];
	domains: string[];
	buyerIds: string[];
}

function normalise(request: LookupRequest): LookupKeys {
	const clean = (keys: string[] = []) => [
		...new Set(keys.map((k) => k.trim().toLowerCase()).filter(Boolean)),
	];
	return {
		emails: clean(request.emails),
		domains: clean(request.domains),
		buyerIds: clean(request.buyerIds),
	};
}

/**
 * Answers lookups from the local cache first; keys it does not know go to the API in ONE
 * batched POST /v1/lookup shared by every lookup that arrives within the same short window.
 */
export class LookupService {
	private queued: LookupKeys = { emails: [], domains: [], buyerIds: [] };
	private flight: Promise<LookupResponse["matches"]> | null = null;
	/** Network keys asked per tab in the current window. */
	private readonly spent = new Map<number, { since: number; keys: number }>();

	constructor(
		private readonly db: TierlineDb,
		private readonly remote: (request: LookupKeys) => Promise<LookupResponse>,
		private readonly options: { windowMs?: number; now?: () => number } = {},
	) {}

	/** `tabId`: the asking tab, whose network lookups are budgeted (extension pages are not). */
	async lookup(request: LookupRequest, tabId?: number): Promise<Record<string, LookupMatch>> {
		const keys = normalise(request);
		const matches: Record<string, LookupMatch> = {};
		for (const [key, hit] of await findByKeys(this.db, keys)) {
			matches[key] = toLookupMatch(hit.customer, hit.kind);
		}
		const unknown = this.withinBudget(await this.fromLookupCache(keys, matches), tabId);
		if (KINDS.every((kind) => unknown[kind].length === 0)) return matches;
		const remote = await this.enqueue(unknown);
		for (const kind of KINDS) {
			for (const key of unknown[kind]) {
				const match = remote[key];
				if (match) matches[key] = match;
			}
		}
		return matches;
	}

	/** Fills matches from cached server answers; returns the keys still unknown. */
	private async fromLookupCache(keys: LookupKeys, matches: Record<string, LookupMatch>): Promise<LookupKeys> {
		const now = this.now();
		const unknown: LookupKeys = { emails: [], domains: [], buyerIds: [] };
		for (const kind of KINDS) {
			const open = keys[kind].filter((key) => !(key in matches));
			const cached = await this.db.lookups.bulkGet(open);
			open.forEach((key, i) => {
				const entry = cached[i];
				if (!entry || entry.expiresAt <= now) unknown[kind].push(key);
				else if (entry.match) matches[key] = entry.match;
			});
		}
		return unknown;
	}

	/** The keys the tab may still send to the API this minute; the rest stay unanswered. */
	private withinBudget(keys: LookupKeys, tabId: number | undefined): LookupKeys {
		if (tabId === undefined) return keys;
		const now = this.now();
		let spent = this.spent.get(tabId);
		if (!spent || now - spent.since >= TAB_LOOKUP_BUDGET.perMs) {
			spent = { since: now, keys: 0 };
			this.spent.set(tabId, spent);
		}
		const out: LookupKeys = { emails: [], domains: [], buyerIds: [] };
		for (const kind of KINDS) {
			for (const key of keys[kind]) {
				if (spent.keys >= TAB_LOOKUP_BUDGET.keys) return out;
				spent.keys++;
				out[kind].push(key);
			}
		}
		return out;
	}

	private enqueue(keys: LookupKeys): Promise<LookupResponse["matches"]> {
		for (const kind of KINDS) this.queued[kind].push(...keys[kind]);
		this.flight ??= new Promise((resolve) => setTimeout(resolve, this.options.windowMs ?? 20)).then(() =>
			this.flush(),
		);
		return this.flight;
	}

	private async flush(): Promise<LookupResponse["matches"]> {
		const batch = normalise(this.queued);
		this.queued = { emails: [], domains: [], buyerIds: [] };
		this.flight = null;
		const matches: LookupResponse["matches"] = {};
		try {
			for (const chunk of chunks(batch, LIMITS.lookupKeys)) {
				Object.assign(matches, (await this.remote(chunk)).matches);
			}
		} catch {
			// Offline or refused: answer from the cache alone; badges fill in after the next sync.
			return matches;
		}
		await this.remember(batch, matches);
		return matches;
	}

	private async remember(batch: LookupKeys, matches: LookupResponse["matches"]): Promise<void> {
		const now = this.now();
		const rows = KINDS.flatMap((kind) => batch[kind]).map((key) => {
			const match = matches[key] ?? null;
			return { key, match, expiresAt: now + (match ? LOOKUP_TTL.hitMs : LOOKUP_TTL.missMs) };
		});
		await this.db.lookups.bulkPut(rows);
	}

	private now(): number {
		return (this.options.now ?? Date.now)();
	}
}

/** Splits a lookup into requests of at most `size` keys in total. */
export function chunks(keys: LookupKeys, size: number): LookupKeys[] {
	const all = KINDS.flatMap((kind) => keys[kind].map((key) => [kind, key] as const));
	const out: LookupKeys[] = [];
	for (let i = 0; i < all.length; i += size) {
		const chunk: LookupKeys = { emails: [], domains: [], buyerIds: [] };
		for (const [kind, key] of all.slice(i, i + size)) chunk[kind].push(key);
		out.push(chunk);
	}
	return out;
}
