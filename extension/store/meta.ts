import type { Playbooks } from "../../shared/schema/playbooks";
import type { PoolWarning } from "../../shared/schema/pool-rules";
import type { Me } from "../../shared/schema/team";
import type { TierlineDb } from "./db";

/** Typed keys of the meta table. */
export interface MetaValues {
	/** The pull-sync cursor from the last page applied. */
	syncCursor: string;
	/** ISO time of the last completed pull sync. */
	lastSyncAt: string;
	/** The last sync or push error, for the side panel; null once a sync succeeds. */
	lastSyncError: string | null;
	/** Who the token belongs to (GET /v1/me), to tell "yours" from "a colleague's". */
	me: Me;
	/** ISO time `me` was last asked for (it also carries team settings such as the default country). */
	meAt: string;
	/** Handovers to this member already opened here ("customerId@at"): no longer marked "new to you". */
	seenHandovers: string[];
	/** Which API (url + team) the cache belongs to; the cache is dropped when it changes. */
	cacheOwner: string;
	/** The team's per-tier playbooks (GET /v1/team/playbooks), for proposals and Today offline. */
	playbooks: Playbooks;
	/** Customers the pool rules release soon (GET /v1/team/pool-rules/warnings), for Today offline. */
	poolWarnings: PoolWarning[];
	/** ISO time the playbooks and pool warnings were last asked for. */
	teamDayAt: string;
}

export async function getMeta<K extends keyof MetaValues>(
	db: TierlineDb,
	key: K,
): Promise<MetaValues[K] | undefined> {
	const row = await db.meta.get(key);
	return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends keyof MetaValues>(
	db: TierlineDb,
	key: K,
	value: MetaValues[K],
): Promise<void> {
	await db.meta.put({ key, value });
}

/** Forget everything learned from the server (another API or team): cache, cursor, lookups. */
export async function clearServerCache(db: TierlineDb): Promise<void> {
	await db.transaction("rw", db.customers, db.lookups, db.meta, async () => {
		await db.customers.clear();
		await db.lookups.clear();
		await db.meta.bulkDelete([
			"syncCursor",
			"lastSyncAt",
			"lastSyncError",
			"me",
			"playbooks",
			"poolWarnings",
			"teamDayAt",
		]);
	});
}
