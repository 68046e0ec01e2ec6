import { browser } from "wxt/browser";
import { loadToday } from "../../day/load-today";
import { nextLocalMidnight } from "../../day/local-day";
import { askPanelToShowToday } from "../../day/show-today";
import { t } from "../../i18n";
import type { TierlineDb } from "../../store/db";
import { NOTIFICATIONS_PERMISSION, nextDigestAt, readDigestSetting } from "../../store/digest-setting";

/** Recount every hour (time passes: a follow-up set for 15:00 comes due, a buyer waits longer). */
export const TODAY_ALARM = "tierline-today";
/** When the local day changes: tomorrow's follow-ups are today's. */
export const DAY_ALARM = "tierline-day";
/** The opt-in daily notification. */
export const DIGEST_ALARM = "tierline-digest";
const NOTIFICATION_ID = "tierline-today";
/** In extension/public (WXT types only the public files it saw at its last `prepare`). */
const NOTIFICATION_ICON = "/notification-icon.png" as Parameters<typeof browser.runtime.getURL>[0];

/**
 * The toolbar icon shows how many customers Today lists (nothing when none), and its tooltip says
 * so; computed from the local cache, so it is right offline too.
 */
export async function updateTodayBadge(db: TierlineDb, now = new Date()): Promise<number> {
	const count = (await loadToday(db, now)).length;
	await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : "" });
	await browser.action.setBadgeBackgroundColor({ color: "#b45309" });
	// Back to the manifest's own title when nothing is due.
	const title = count > 0 ? t("today.badgeTitle", { count }) : browser.i18n.getMessage("actionTitle");
	await browser.action.setTitle({ title });
	return count;
}

/** Arm the hourly recount, the day change, and (when opted in) the daily notification. */
export async function scheduleTodayAlarms(now = new Date()): Promise<void> {
	if (!(await browser.alarms.get(TODAY_ALARM))) {
		await browser.alarms.create(TODAY_ALARM, { periodInMinutes: 60 });
	}
	await browser.alarms.create(DAY_ALARM, { when: nextLocalMidnight(now) + 1_000 });
	const digest = await readDigestSetting();
	if (digest.enabled) await browser.alarms.create(DIGEST_ALARM, { when: nextDigestAt(digest.hour, now) });
	else await browser.alarms.clear(DIGEST_ALARM);
}

/** The daily notification: only when opted in, allowed, and something is due. */
export async function notifyToday(db: TierlineDb): Promise<void> {
	const digest = await readDigestSetting();
	if (!digest.enabled) return;
	const allowed = await browser.permissions
		.contains({ permissions: [...NOTIFICATIONS_PERMISSION.permissions] })
		.catch(() => false);
	const count = await updateTodayBadge(db);
	if (!allowed || count === 0 || !browser.notifications) return;
	await browser.notifications.create(NOTIFICATION_ID, {
		type: "basic",
		iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
		title: t("today.notificationTitle"),
		message: t("today.notificationBody", { count }),
	});
}

/**
 * Clicking the daily notification opens Today: the side panel (Chrome) or the sidebar (Firefox),
 * which the click allows; where the browser refuses, the panel in a tab of its own.
 */
export function openTodayOnNotificationClick(): void {
	browser.notifications?.onClicked.addListener((id) => {
		if (id !== NOTIFICATION_ID) return;
		// Opened first, within the click; the panel then reads the request (or hears it if open).
		const opened = openPanelInCurrentWindow();
		void askPanelToShowToday();
		void opened
			.catch(() => browser.tabs.create({ url: `${browser.runtime.getURL("/sidepanel.html")}#today` }))
			.finally(() => browser.notifications.clear(id));
	});
}

function openPanelInCurrentWindow(): Promise<void> {
	const api = browser as unknown as {
		sidePanel?: { open(options: { windowId: number }): Promise<void> };
		sidebarAction?: { open(): Promise<void> };
	};
	if (api.sidePanel) return api.sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
	if (api.sidebarAction) return api.sidebarAction.open();
	return Promise.reject(new Error("no side panel here"));
}
