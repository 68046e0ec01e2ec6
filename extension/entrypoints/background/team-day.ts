import type { TierlineDb } from "../../store/db";
import { getMeta, setMeta } from "../../store/meta";
import type { ApiSettings } from "../../store/settings";
import { createApiClient } from "../../sync/api-client";
import { createTeamClient } from "../../sync/team-client";

/** How long cached playbooks and pool warnings are trusted before a wake asks again. */
const TEAM_DAY_FRESH_MS = 60 * 60_000;

/**
 * The team data Today and the follow-up proposal read offline: the per-tier playbooks and the
 * member's pool warnings. A failure keeps what was cached (the sync line reports connection trouble).
 */
export async function refreshTeamDay(db: TierlineDb, settings: ApiSettings | null): Promise<boolean> {
	if (!settings) return false;
	try {
		const [{ playbooks }, { items }] = await Promise.all([
			createApiClient(settings).playbooks(),
			createTeamClient(settings).poolWarnings(),
		]);
		await setMeta(db, "playbooks", playbooks);
		await setMeta(db, "poolWarnings", items);
		await setMeta(db, "teamDayAt", new Date().toISOString());
		return true;
	} catch {
		return false;
	}
}

export async function refreshTeamDayIfStale(db: TierlineDb, settings: ApiSettings | null): Promise<boolean> {
	const at = Date.parse((await getMeta(db, "teamDayAt")) ?? "");
	if (Date.now() - at < TEAM_DAY_FRESH_MS) return false;
	return refreshTeamDay(db, settings);
}
