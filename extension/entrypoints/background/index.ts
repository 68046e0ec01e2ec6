import "../../i18n/all-areas";
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { createRouter } from "../../messaging/router";
import { getDb } from "../../store/db";
import { onDigestSettingChanged } from "../../store/digest-setting";
import { getApiSettings, onApiSettingsChanged } from "../../store/settings";
import { createApiClient } from "../../sync/api-client";
import { SyncEngine } from "../../sync/engine";
import { LookupService } from "../../sync/lookup";
import { broadcastCustomersChanged } from "./broadcast";
import { registerCaptureSelectionMenu } from "./context-menu";
import { createHandlers } from "./handlers";
import { refreshIdentity, refreshIdentityIfStale } from "./identity";
import { refreshTeamDay, refreshTeamDayIfStale } from "./team-day";
import {
	DAY_ALARM,
	DIGEST_ALARM,
	notifyToday,
	openTodayOnNotificationClick,
	scheduleTodayAlarms,
	TODAY_ALARM,
	updateTodayBadge,
} from "./today-badge";

export default defineBackground(() => {
	const db = getDb();
	// The badge's tooltip and the daily notification speak the member's language.
	void loadLanguageSetting();
	const todayChanged = () => updateTodayBadge(db).catch(() => 0);
	const engine = new SyncEngine({
		db,
		getSettings: getApiSettings,
		broadcast: (change) => {
			broadcastCustomersChanged(change);
			void todayChanged();
		},
	});
	const lookups = new LookupService(db, async (keys) => {
		const settings = await getApiSettings();
		if (!settings) throw new Error("not configured");
		return createApiClient(settings).lookup(keys);
	});

	const route = createRouter(createHandlers({ db, engine, lookups, todayChanged }), {
		extensionId: browser.runtime.id,
		extensionOrigin: browser.runtime.getURL("/"),
	});
	browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
		void route(message, sender).then(sendResponse);
		return true;
	});

	browser.alarms.onAlarm.addListener((alarm) => {
		void engine.onAlarm(alarm.name);
		if (alarm.name === TODAY_ALARM) {
			void getApiSettings()
				.then((settings) => refreshTeamDayIfStale(db, settings))
				.then(todayChanged);
		}
		if (alarm.name === DAY_ALARM) void todayChanged().then(() => scheduleTodayAlarms());
		if (alarm.name === DIGEST_ALARM) void notifyToday(db).finally(() => scheduleTodayAlarms());
	});
	onDigestSettingChanged(() => void scheduleTodayAlarms());
	browser.tabs.onRemoved.addListener((tabId) => void db.pages.delete(tabId));
	browser.tabs.onUpdated.addListener((tabId, change) => {
		// A reload or a new page: the content script reports the new page when it has read it.
		if (change.status === "loading") void db.pages.delete(tabId);
	});
	onApiSettingsChanged(
		() =>
			void getApiSettings()
				.then((s) => refreshIdentity(db, s).then(() => refreshTeamDay(db, s)))
				.then(() => engine.syncNow())
				.then(todayChanged),
	);

	openPanelFromToolbar();
	openTodayOnNotificationClick();
	registerCaptureSelectionMenu(db);

	// Every start (install, browser start, or a wake after the worker was stopped) resumes the outbox.
	// Who the token belongs to (and the team's settings it carries, such as the default country) is
	// asked when the settings change, on "sync now", and at a start once the cached answer is stale.
	void (async () => {
		const settings = await getApiSettings();
		await refreshIdentityIfStale(db, settings);
		await todayChanged();
		await scheduleTodayAlarms();
		await engine.start();
		if (await refreshTeamDayIfStale(db, settings)) await todayChanged();
	})();
});

/** The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox). */
function openPanelFromToolbar(): void {
	const api = browser as unknown as {
		sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> };
		sidebarAction?: { toggle(): Promise<void> };
	};
	if (api.sidePanel) {
		void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
	} else if (api.sidebarAction) {
		const sidebar = api.sidebarAction;
		browser.action.onClicked.addListener(() => void sidebar.toggle());
	}
}
