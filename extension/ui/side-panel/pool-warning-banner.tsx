import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n";
import { getApiSettings } from "../../store/settings";
import { createTeamClient } from "../../sync/team-client";
import { formatDate } from "../format";
import { openTeamPage } from "../open-team-page";

/**
 * The owner's warning before the pool rules release their customers: how many of theirs go to the
 * pool soon, the first date, and a link to the list on the team page. Silent when offline.
 */
export function PoolWarningBanner({ memberId }: { memberId: string | null }) {
	const [soon, setSoon] = useState<{ count: number; first: string } | null>(null);
	useEffect(() => {
		if (memberId === null) return;
		let live = true;
		void (async () => {
			const settings = await getApiSettings();
			if (!settings) return;
			const { items } = await createTeamClient(settings).poolWarnings();
			const mine = items
				.filter((w) => w.ownerId === memberId)
				.sort((a, b) => (a.releaseAt < b.releaseAt ? -1 : 1));
			if (live) setSoon(mine[0] ? { count: mine.length, first: mine[0].releaseAt } : null);
		})().catch(() => undefined);
		return () => {
			live = false;
		};
	}, [memberId]);
	if (!soon) return null;
	return (
		<div class="sync-bar warning" style={{ boxSizing: "border-box" }} data-testid="pool-warning-banner">
			{t("pool.banner", { count: soon.count, date: formatDate(soon.first) })}{" "}
			<button type="button" class="link" onClick={() => openTeamPage("pool")}>
				{t("team.open")}
			</button>
		</div>
	);
}
