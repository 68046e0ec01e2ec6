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
		return true;
	} catch (error) {
		await setMeta(db, "lastSyncError", describeFailure(error));
		return false;
	}
}
