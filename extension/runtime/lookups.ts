/**
 * Tier lookups for in-page marks: a per-tab cache in front of the background (which has its own
 * Dexie cache, derives corporate domains with the full public-suffix list, and batches API
 * calls). Every key asked for in the same tick goes out in ONE `lookup` message, so a screen of
 * 50 rows costs one round trip; cached keys answer at once, so a known sender's badge is drawn in
 * the same frame its row appears.
 *
 * Keys are the one vocabulary of shared/capture/keys: a person is asked for by buyer id, email
 * and (for a masked email whose host is visible) domain; the background answers an email with its
 * company's customer when only the corporate domain is known.
 */
import type { KeyKind } from "../../shared/capture/keys";
import type { LookupMatch } from "../../shared/schema/lookup";
import type { CustomersChanged } from "../messaging/protocol";
import type { SafeSend } from "./safe-messaging";

const RETRY_MS = 30_000;

/** The keys a person on a page is known by. */
export interface PersonKeys {
	buyerId?: string;
	email?: string;
	/** A host seen without a usable address (a masked email's visible domain). */
	domain?: string;
}

/** A match, null for "looked up, unknown", undefined for "not looked up yet". */
export type CachedMatch = LookupMatch | null | undefined;

type LookupKind = Extract<KeyKind, "buyer_id" | "email" | "domain">;
/** Strongest first: the answer for a person is the first known of their keys. */
const ORDER: ReadonlyArray<[LookupKind, keyof PersonKeys]> = [
	["buyer_id", "buyerId"],
	["email", "email"],
	["domain", "domain"],
];

const cacheKey = (kind: LookupKind, value: string) => `${kind}:${value.trim().toLowerCase()}`;

export class Lookups {
	private readonly cache = new Map<string, LookupMatch | null>();
	private queued: Array<[LookupKind, string]> = [];
	private flight: Promise<void> | null = null;
	private readonly listeners = new Set<() => void>();
	/** After an unanswered lookup (offline, not signed in) wait before asking again. */
	private retryAfter = 0;
	/** Lookup messages sent (for the benchmark's idle check). */
	messagesSent = 0;

	constructor(private readonly send: SafeSend) {}

	/**
	 * The cached answer for a person: their strongest key's that names a customer, null when every
	 * key is known to be unknown, undefined while a stronger key is still to be looked up (so a
	 * weaker key's answer never shows first and then changes).
	 */
	peek(person: PersonKeys): CachedMatch {
		for (const [kind, field] of ORDER) {
			const value = person[field]?.trim();
			if (!value) continue;
			const hit = this.cache.get(cacheKey(kind, value));
			if (hit !== null) return hit;
		}
		return null;
	}

	/** Look up keys not in the cache; resolves when the batch they joined is answered. */
	async request(people: readonly PersonKeys[]): Promise<void> {
		if (Date.now() < this.retryAfter) return;
		const before = this.queued.length;
		for (const person of people) {
			for (const [kind, field] of ORDER) {
				const value = person[field]?.trim().toLowerCase();
				if (value && !this.cache.has(cacheKey(kind, value))) this.queued.push([kind, value]);
			}
		}
		if (this.queued.length === before && this.flight === null) return;
		this.flight ??= Promise.resolve().then(() => this.flush());
		return this.flight;
	}

	/** A capture's answer (or any fresher knowledge) goes into the cache; features redraw. */
	update(person: PersonKeys, match: LookupMatch | null): void {
		for (const [kind, field] of ORDER) {
			const value = person[field];
			if (value?.trim()) this.cache.set(cacheKey(kind, value), match);
		}
		this.redraw();
	}

	/**
	 * Customers changed in the background: forget the answers about them (by id and by their keys,
	 * so an address that was unknown is asked again), or everything after a large sync; redraw.
	 */
	invalidate(change: Pick<CustomersChanged, "customerIds" | "keys" | "all">): void {
		if (change.all || !change.keys) this.cache.clear();
		else {
			const ids = new Set(change.customerIds);
			const keys = new Set([
				...change.keys.emails.map((v) => cacheKey("email", v)),
				...change.keys.buyerIds.map((v) => cacheKey("buyer_id", v)),
				...change.keys.domains.map((v) => cacheKey("domain", v)),
			]);
			const domains = change.keys.domains.map((d) => d.toLowerCase());
			for (const [key, match] of this.cache) {
				if (
					(match && ids.has(match.customerId)) ||
					keys.has(key) ||
					(match === null && onDomain(key, domains))
				)
					this.cache.delete(key);
			}
		}
		this.retryAfter = 0;
		this.redraw();
	}

	/** Called after invalidate() and update(): redraw what is on screen. */
	onChange(listener: () => void, signal: AbortSignal): void {
		this.listeners.add(listener);
		signal.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
	}

	/** Redraw what is on screen (after a change of answers or of the UI language). */
	redraw(): void {
		for (const listener of this.listeners) listener();
	}

	private async flush(): Promise<void> {
		const unique = new Map<string, [LookupKind, string]>();
		for (const entry of this.queued) unique.set(cacheKey(...entry), entry);
		const batch = [...unique.values()];
		this.queued = [];
		this.flight = null;
		const of = (wanted: LookupKind) => batch.filter(([kind]) => kind === wanted).map(([, value]) => value);
		this.messagesSent++;
		const reply = await this.send("lookup", {
			emails: of("email"),
			domains: of("domain"),
			buyerIds: of("buyer_id"),
		});
		if (!reply) {
			this.retryAfter = Date.now() + RETRY_MS;
			return;
		}
		for (const [kind, value] of batch) this.cache.set(cacheKey(kind, value), reply.matches[value] ?? null);
	}
}

/** An unknown address or host on one of the changed domains may be known now. */
function onDomain(key: string, domains: string[]): boolean {
	const host = key.slice(key.lastIndexOf(key.includes("@") ? "@" : ":") + 1);
	return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
