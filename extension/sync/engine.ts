import { browser } from "wxt/browser";
import type { TierlineDb } from "../store/db";
import { getMeta, setMeta } from "../store/meta";
import { makeAllDue, nextAttemptAt, pendingCount } from "../store/outbox";
import type { ApiSettings } from "../store/settings";
import { type ApiClient, createApiClient } from "./api-client";
import { describeFailure } from "./api-error";
import { type DrainResult, drainOutbox } from "./drain";
import { type PullResult, pullSync } from "./pull";
import { SYNC_PERIOD_MINUTES } from "./schedule";

/** What a push or pull changed, as tabs need it to forget only those answers. */
export interface CustomersChange {
	customerIds: string[];
	keys?: { emails: string[]; domains: string[]; buyerIds: string[] };
	all: boolean;
}

export const OUTBOX_ALARM = "tierline-outbox";
export const SYNC_ALARM = "tierline-sync";
export { SYNC_PERIOD_MINUTES };

/** While the worker lives, retries sooner than an alarm can fire run from a timer. */
const TIMER_HORIZON_MS = 60_000;
/**
 * Armed before each push: if the worker is killed mid-request (before it could schedule the
 * next attempt), this alarm wakes a new worker to resume. 30 s is the shortest alarm browsers allow.
 */
export const RESUME_AFTER_MS = 30_000;
const START_PULL_AFTER_MS = 60_000;

export interface EngineDeps {
	db: TierlineDb;
	getSettings: () => Promise<ApiSettings | null>;
	/** Tell tabs and pages which customers changed and their keys (`all` when too many to list). */
	broadcast: (change: CustomersChange) => void;
	now?: () => number;
	random?: () => number;
	createClient?: (settings: ApiSettings) => ApiClient;
}

/**
 * Push and pull, each single-flight. Durable state is in IndexedDB; the schedule is kept by
 * browser.alarms, so a killed worker is woken to resume the outbox where it stopped.
 */
export class SyncEngine {
	private draining: Promise<DrainResult | null> | null = null;
	private pulling: Promise<PullResult | null> | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly deps: EngineDeps) {}

	private now(): number {
		return (this.deps.now ?? Date.now)();
	}

	private async client(): Promise<ApiClient | null> {
		const settings = await this.deps.getSettings();
		if (!settings) return null;
		return (this.deps.createClient ?? createApiClient)(settings);
	}

	/** Push due outbox entries; after a successful push, pull so every view sees the result. */
	drain(): Promise<DrainResult | null> {
		this.draining ??= this.runDrain().finally(() => {
			this.draining = null;
		});
		return this.draining;
	}

	private async runDrain(): Promise<DrainResult | null> {
		const client = await this.client();
		if (!client) {
			await setMeta(this.deps.db, "lastSyncError", "not-configured");
			return null;
		}
		const next = await nextAttemptAt(this.deps.db);
		if (next !== null && next <= this.now()) {
			await browser.alarms.create(OUTBOX_ALARM, { when: this.now() + RESUME_AFTER_MS });
		}
		const result = await drainOutbox(this.deps.db, client, {
			now: () => this.now(),
			random: this.deps.random,
		});
		await this.scheduleNext();
		// One broadcast per push: the pushed customers and whatever the pull after it brought.
		const pulled = result.pushed.length > 0 ? await this.pullChanges() : null;
		const changed = pulled !== null && pulled.changed + pulled.deleted > 0;
		const ids = [...new Set([...result.customerIds, ...(changed ? pulled.customerIds : [])])];
		if (ids.length > 0 || changed) await this.announce(ids, pulled?.truncated ?? false);
		return result;
	}

	/** Pull every change since the cursor, then broadcast. Errors are recorded, not thrown. */
	async pull(): Promise<PullResult | null> {
		const result = await this.pullChanges();
		if (result && result.changed + result.deleted > 0)
			await this.announce(result.customerIds, result.truncated);
		return result;
	}

	/** The changed customers with their cached keys, so each tab forgets only those answers. */
	private async announce(customerIds: string[], all: boolean): Promise<void> {
		if (all) return this.deps.broadcast({ customerIds, all });
		const rows = await this.deps.db.customers.bulkGet(customerIds);
		const keys = { emails: [] as string[], domains: [] as string[], buyerIds: [] as string[] };
		for (const row of rows) {
			if (!row) continue;
			keys.emails.push(...row.emails);
			keys.domains.push(...row.domains);
			keys.buyerIds.push(...row.buyerIds);
		}
		this.deps.broadcast({ customerIds, keys, all });
	}

	private pullChanges(): Promise<PullResult | null> {
		this.pulling ??= this.runPull().finally(() => {
			this.pulling = null;
		});
		return this.pulling;
	}

	private async runPull(): Promise<PullResult | null> {
		const client = await this.client();
		if (!client) return null;
		try {
			return await pullSync(this.deps.db, client);
		} catch (error) {
			await setMeta(this.deps.db, "lastSyncError", describeFailure(error));
			return null;
		}
	}

	/** "Sync now": every waiting capture is due at once, then push and pull. */
	async syncNow(): Promise<{ pending: number; lastError: string | null }> {
		await makeAllDue(this.deps.db, this.now());
		await this.drain();
		await this.pull();
		return {
			pending: await pendingCount(this.deps.db),
			lastError: (await getMeta(this.deps.db, "lastSyncError")) ?? null,
		};
	}

	/** Arm the alarm (durable) and, for near retries, a timer (alarms fire at most every 30 s). */
	async scheduleNext(): Promise<void> {
		clearTimeout(this.timer);
		const next = await nextAttemptAt(this.deps.db);
		if (next === null) {
			await browser.alarms.clear(OUTBOX_ALARM);
			return;
		}
		const delay = Math.max(0, next - this.now());
		await browser.alarms.create(OUTBOX_ALARM, { when: this.now() + Math.max(delay, 1_000) });
		if (delay < TIMER_HORIZON_MS) this.timer = setTimeout(() => void this.drain(), delay);
	}

	/** Periodic pull, plus a resume of the outbox: call on every worker start. */
	async start(): Promise<void> {
		const existing = await browser.alarms.get(SYNC_ALARM);
		if (!existing) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
		await this.drain();
		// The worker wakes for every message (badge lookups); pull at most once a minute on wake.
		const last = await getMeta(this.deps.db, "lastSyncAt");
		if (!last || this.now() - Date.parse(last) > START_PULL_AFTER_MS) await this.pull();
	}

	async onAlarm(name: string): Promise<void> {
		if (name === OUTBOX_ALARM) await this.drain();
		if (name === SYNC_ALARM) await Promise.all([this.drain(), this.pull()]);
	}
}
