import Dexie, { type EntityTable } from "dexie";
import type { CaptureRequestParsed } from "../../shared/schema/capture";
import type { Tier } from "../../shared/schema/common";
import type { Churn, Customer } from "../../shared/schema/customer";
import type { LookupMatch } from "../../shared/schema/lookup";
import type { PageCapture } from "../../shared/schema/page-capture";
import { contactKeysOf } from "./contact-keys";

/** A team customer as cached locally, with its identities spread into indexable key lists. */
export interface CachedCustomer extends Customer {
	emails: string[];
	domains: string[];
	buyerIds: string[];
	phones: string[];
	/** Lower-cased name, for prefix search. */
	nameKey: string;
	/** Lower-cased contact names and their words ("zhang wei", "zhang", "wei"), for prefix search. */
	contactKeys: string[];
	/** The day the follow-up is due ("YYYY-MM-DD"), absent without one: Today's index. */
	followUpDay?: string;
	/** When the buyer's unanswered message was sent (ISO), absent when nobody waits: Today's index. */
	awaitingSince?: string;
}

export type CaptureStatus = "pending" | "synced" | "failed";

/** A capture made in this browser: shown at once with a provisional tier, then reconciled. */
export interface LocalCapture {
	localId: string;
	createdAt: string;
	status: CaptureStatus;
	request: CaptureRequestParsed;
	/** Display name (contact or company) for lists. */
	name: string;
	/** Identity keys of the capture ("email:…", "domain:…", "buyer_id:…", "phone:…"). */
	keys: string[];
	provisional: { tier: Tier; current: number; potential: number; churn: Churn };
	customerId: string | null;
	created: boolean | null;
	/** The problem detail when the server refused the capture for good. */
	error: string | null;
	syncedAt: string | null;
}

/** One mutation waiting to be pushed. The key is the idempotency key: stable across retries. */
export type OutboxEntry = CaptureOutboxEntry | FollowUpOutboxEntry;

export interface CaptureOutboxEntry extends OutboxBase {
	kind: "capture";
	captureLocalId: string;
	request: CaptureRequestParsed;
}

/** Setting or clearing a customer's follow-up: the latest one per customer replaces any waiting. */
export type FollowUpOutboxEntry = OutboxBase & { customerId: string } & (
		| { kind: "followUp.set"; followUp: { dueAt: string; note: string | null } }
		| { kind: "followUp.clear" }
	);

interface OutboxBase {
	key: string;
	attempts: number;
	/** Epoch ms. */
	nextAttemptAt: number;
	lastError: string | null;
	createdAt: string;
}

/** Server answers to lookups of keys the cache did not know, kept briefly (negative ones too). */
export interface LookupCacheEntry {
	key: string;
	match: LookupMatch | null;
	/** Epoch ms. */
	expiresAt: number;
}

/** The latest extraction of each tab, for the side panel. */
export interface TabPage {
	tabId: number;
	capture: PageCapture;
	updatedAt: string;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

export type TierlineDb = Dexie & {
	customers: EntityTable<CachedCustomer, "id">;
	captures: EntityTable<LocalCapture, "localId">;
	outbox: EntityTable<OutboxEntry, "key">;
	lookups: EntityTable<LookupCacheEntry, "key">;
	pages: EntityTable<TabPage, "tabId">;
	meta: EntityTable<MetaRow, "key">;
};

export const DB_NAME = "tierline";

/** The extension's one database (background and extension pages share it: same origin). */
export function openDb(name: string = DB_NAME): TierlineDb {
	const db = new Dexie(name) as TierlineDb;
	db.version(1).stores({
		customers: "id, *emails, *domains, *buyerIds, *phones, nameKey, tier, updatedAt",
		captures: "localId, status, createdAt, *keys",
		outbox: "key, nextAttemptAt, captureLocalId",
		lookups: "key, expiresAt",
		pages: "tabId",
		meta: "key",
	});
	// v2: contacts' names are searchable. Rows cached before carry none, so the next pull starts
	// from the beginning once and brings every customer again, names included.
	db.version(2)
		.stores({
			customers: "id, *emails, *domains, *buyerIds, *phones, nameKey, *contactKeys, tier, updatedAt",
		})
		.upgrade(async (tx) => {
			await tx
				.table<CachedCustomer, string>("customers")
				.toCollection()
				.modify((row) => {
					row.contactKeys = contactKeysOf(row.contactNames ?? []);
				});
			await tx.table<MetaRow, string>("meta").delete("syncCursor");
		});
	// v3: follow-ups travel with customers and Today finds the due ones by day. Rows cached before
	// carry none, so the next pull starts from the beginning once; outbox entries by customer.
	db.version(3)
		.stores({
			customers:
				"id, *emails, *domains, *buyerIds, *phones, nameKey, *contactKeys, tier, updatedAt, followUpDay",
			outbox: "key, nextAttemptAt, captureLocalId, customerId",
		})
		.upgrade(async (tx) => {
			await tx.table<MetaRow, string>("meta").delete("syncCursor");
		});
	// v4: the buyers waiting for a reply travel with customers (captured anywhere in the team), and
	// Today finds them by index. Rows cached before carry none: the next pull starts from the beginning.
	db.version(4)
		.stores({
			customers:
				"id, *emails, *domains, *buyerIds, *phones, nameKey, *contactKeys, tier, updatedAt, followUpDay, awaitingSince",
		})
		.upgrade(async (tx) => {
			await tx.table<MetaRow, string>("meta").delete("syncCursor");
		});
	return db;
}

let shared: TierlineDb | undefined;

export function getDb(): TierlineDb {
	shared ??= openDb();
	return shared;
}
