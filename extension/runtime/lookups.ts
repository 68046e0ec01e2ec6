/**
 * Tier lookups for in-page badges: a per-tab cache in front of the background (which has its
 * own Dexie cache and batches API calls). Every key asked for in the same tick goes out in ONE
 * `lookup` message, so a screen of 50 rows costs one round trip; cached keys answer at once, so a
 * known sender's badge is drawn in the same frame its row appears.
 */
import type { LookupMatch } from "../../shared/schema/lookup";
import type { SafeSend } from "./safe-messaging";

const RETRY_MS = 30_000;

export interface LookupKeys {
	emails: string[];
	domains: string[];
	/** Trade-platform buyer ids (Alibaba member ids). */
	buyerIds?: string[];
}

/** Buyer ids share the cache with emails and domains under their own prefix. */
const BUYER = "buyer:";

/** A match, null for "looked up, unknown", undefined for "not looked up yet". */
export type CachedMatch = LookupMatch | null | undefined;

export class Lookups {
	private readonly cache = new Map<string, LookupMatch | null>();
	private queued: Required<LookupKeys> = { emails: [], domains: [], buyerIds: [] };
	private flight: Promise<void> | null = null;
	private readonly listeners = new Set<() => void>();
	/** After an unanswered lookup (offline, not signed in) wait before asking again. */
	private retryAfter = 0;
	/** Lookup messages sent (for the benchmark's idle check). */
	messagesSent = 0;

	constructor(private readonly send: SafeSend) {}

	/** The cached answer for an email, falling back to its corporate domain. */
	peek(email: string, domain?: string): CachedMatch {
		const byEmail = this.cache.get(email.toLowerCase());
		if (byEmail) return byEmail;
		const byDomain = domain ? this.cache.get(domain.toLowerCase()) : null;
		if (byDomain) return byDomain;
		if (byEmail === undefined || (domain && byDomain === undefined)) return undefined;
		return null;
	}

	/** The cached answer for a platform buyer id. */
	peekBuyer(buyerId: string): CachedMatch {
		return this.cache.get(BUYER + buyerId.trim().toLowerCase());
	}

	/** Look up keys not in the cache; resolves when the batch they joined is answered. */
	async request(keys: LookupKeys): Promise<void> {
		const emails = keys.emails.map((k) => k.toLowerCase()).filter((k) => !this.cache.has(k));
		const domains = keys.domains.map((k) => k.toLowerCase()).filter((k) => !this.cache.has(k));
		const buyerIds = (keys.buyerIds ?? [])
			.map((k) => k.trim().toLowerCase())
			.filter((k) => k !== "" && !this.cache.has(BUYER + k));
		const none = emails.length === 0 && domains.length === 0 && buyerIds.length === 0;
		if (none || Date.now() < this.retryAfter) return;
		this.queued.emails.push(...emails);
		this.queued.domains.push(...domains);
		this.queued.buyerIds.push(...buyerIds);
		this.flight ??= Promise.resolve().then(() => this.flush());
		return this.flight;
	}

	/** A capture's answer for a buyer id goes into the cache; features redraw. */
	updateBuyer(buyerId: string, match: LookupMatch | null): void {
		this.update(BUYER + buyerId.trim(), match);
	}

	/** A capture's answer (or any fresher knowledge) goes into the cache; features redraw. */
	update(key: string, match: LookupMatch | null): void {
		this.cache.set(key.toLowerCase(), match);
		for (const listener of this.listeners) listener();
	}

	/** Customers changed in the background: forget everything and tell the features to redraw. */
	invalidate(): void {
		this.cache.clear();
		this.retryAfter = 0;
		for (const listener of this.listeners) listener();
	}

	/** Called after invalidate() and update(): redraw what is on screen. */
	onChange(listener: () => void, signal: AbortSignal): void {
		this.listeners.add(listener);
		signal.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
	}

	private async flush(): Promise<void> {
		const emails = [...new Set(this.queued.emails)];
		const domains = [...new Set(this.queued.domains)];
		const buyerIds = [...new Set(this.queued.buyerIds)];
		this.queued = { emails: [], domains: [], buyerIds: [] };
		this.flight = null;
		this.messagesSent++;
		const reply = await this.send("lookup", { emails, domains, buyerIds });
		if (!reply) {
			this.retryAfter = Date.now() + RETRY_MS;
			return;
		}
		for (const key of [...emails, ...domains]) this.cache.set(key, reply.matches[key] ?? null);
		for (const key of buyerIds) this.cache.set(BUYER + key, reply.matches[key] ?? null);
	}
}
