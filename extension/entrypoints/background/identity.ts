import type { TierlineDb } from "../../store/db";
import { clearServerCache, getMeta, setMeta } from "../../store/meta";
import type { ApiSettings } from "../../store/settings";
import { createApiClient } from "../../sync/api-client";
import { describeFailure } from "../../sync/api-error";

/**
 * Learn who the token belongs to. When the settings now point at another API or team, the
 * cached customers belong to someone else: drop them (pending captures stay and go to the new API).
 */
export async function refreshIdentity(db: TierlineDb, settings: ApiSettings | null): Promise<boolean> {
	if (!settings) return false;
	try {
		const me = await createApiClient(settings).me();
		const owner = `${settings.apiUrl}|${me.team.id}`;
		const previous = await getMeta(db, "cacheOwner");
		if (previous !== undefined && previous !== owner) await clearServerCache(db);
		await setMeta(db, "cacheOwner", owner);
		await setMeta(db, "me", me);
		await setMeta(db, "meAt", new Date().toISOString());
		return true;
	} catch (error) {
		await setMeta(db, "lastSyncError", describeFailure(error));
		return false;
	}
}

/** How long a cached `me` (and the team settings in it) is trusted before a worker start asks again. */
const IDENTITY_FRESH_MS = 15 * 60_000;

/**
 * At a worker start: ask who the token belongs to when nothing is cached (waited for: the cache's
 * owner must be known before syncing), or again in the background once the cached answer is older
 * than IDENTITY_FRESH_MS; a worker that wakes often costs no request each time.
 */
export async function refreshIdentityIfStale(db: TierlineDb, settings: ApiSettings | null): Promise<void> {
	if (!(await getMeta(db, "me"))) {
		await refreshIdentity(db, settings);
		return;
	}
	const at = Date.parse((await getMeta(db, "meAt")) ?? "");
	if (!(Date.now() - at < IDENTITY_FRESH_MS)) void refreshIdentity(db, settings);
}
