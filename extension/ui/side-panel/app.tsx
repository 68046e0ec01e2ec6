import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Me } from "../../../shared/schema/team";
import { loadToday } from "../../day/load-today";
import type { TodayRow } from "../../day/select-today";
import { onShowTodayRequest } from "../../day/show-today";
import { t } from "../../i18n";
import { sendMessage } from "../../messaging/client";
import type { TabPage, TierlineDb } from "../../store/db";
import { getMeta } from "../../store/meta";
import { getApiSettings } from "../../store/settings";
import { createApiClient } from "../../sync/api-client";
import { useLive, useLocale } from "../hooks";
import { openTeamPage } from "../open-team-page";
import { CaptureForm } from "./capture-form";
import { Panel, type PanelContext, type View } from "./context";
import { useCurrentTab } from "./current-tab";
import { CustomerList } from "./customer-list";
import { CustomerView } from "./customer-view";
import type { EmlFile } from "./eml-file";
import { EmlView } from "./eml-view";
import { useFileDrop } from "./file-drop";
import { PageView } from "./page-view";
import { PoolWarningBanner } from "./pool-warning-banner";
import { SyncBar, SyncView } from "./sync-status";
import { TodayView } from "./today-view";

async function apiClient() {
	const settings = await getApiSettings();
	if (!settings) throw new Error(t("sync.notConfigured"));
	return createApiClient(settings);
}

export function SidePanelApp({ db, pinnedTabId }: { db: TierlineDb; pinnedTabId: number | null }) {
	useLocale();
	const tabId = useCurrentTab(pinnedTabId);
	const me = useLive<Me | null>(async () => (await getMeta(db, "me")) ?? null, [], null);
	const page = useLive<TabPage | undefined>(
		async () => (tabId === null ? undefined : db.pages.get(tabId)),
		[tabId],
		undefined,
	);
	const todayRows = useLive<TodayRow[] | null>(() => loadToday(db), [], null);
	// A panel opened for Today (the daily notification's click, or `#today` in a tab) shows it first.
	const [chosen, setView] = useState<View | null>(location.hash === "#today" ? { name: "today" } : null);
	useEffect(() => onShowTodayRequest(() => setView({ name: "today" })), []);
	// When the panel opens with something due, Today comes first (decided once, not while working) —
	// unless the tab shows people to capture or look up (a thread, an inquiry): then the page does,
	// and the Today tab carries the count.
	const [startWithToday, setStartWithToday] = useState<boolean | null>(null);
	useEffect(() => {
		if (startWithToday === null && todayRows !== null) setStartWithToday(todayRows.length > 0);
	}, [todayRows, startWithToday]);
	const pageHasPeople = (page?.capture.contacts.length ?? 0) > 0;
	const view: View =
		chosen ??
		(startWithToday && !pageHasPeople ? { name: "today" } : page ? { name: "page" } : { name: "customers" });
	// A .eml dropped anywhere on the panel (or chosen in its view) is shown like a page.
	const [emlFile, setEmlFile] = useState<EmlFile | null>(null);
	const openEml = (file: EmlFile) => {
		setEmlFile(file);
		setView({ name: "eml" });
	};
	useFileDrop(openEml);

	const context = useMemo<PanelContext>(
		() => ({
			db,
			api: apiClient,
			me,
			navigate: setView,
			syncNow: async () => {
				await sendMessage("syncNow", {});
			},
			openSettings: () => void browser.runtime.openOptionsPage(),
		}),
		[db, me],
	);

	return (
		<Panel.Provider value={context}>
			<header class="panel-header">
				<nav>
					<Tab
						view={view}
						name="today"
						label={t("nav.today")}
						count={todayRows?.length}
						onClick={() => setView({ name: "today" })}
					/>
					<Tab view={view} name="page" label={t("nav.page")} onClick={() => setView({ name: "page" })} />
					<Tab
						view={view}
						name="customers"
						label={t("nav.customers")}
						onClick={() => setView({ name: "customers" })}
					/>
					<Tab view={view} name="sync" label={t("nav.sync")} onClick={() => setView({ name: "sync" })} />
					<Tab view={view} name="eml" label={t("nav.eml")} onClick={() => setView({ name: "eml" })} />
					<button type="button" class="tab" title={t("team.open")} onClick={() => openTeamPage()}>
						{t("team.title")} ↗
					</button>
					<button type="button" class="tab" title={t("nav.settings")} onClick={context.openSettings}>
						⚙
					</button>
				</nav>
				{view.name !== "sync" && <SyncBar />}
				<PoolWarningBanner memberId={me?.member.id ?? null} />
			</header>
			<main>
				{view.name === "today" && <TodayView rows={todayRows} />}
				{view.name === "page" && (
					<>
						<TodayNudge rows={todayRows} onOpen={() => setView({ name: "today" })} />
						<PageView tabId={tabId} />
					</>
				)}
				{view.name === "customers" && <CustomerList />}
				{view.name === "sync" && <SyncView />}
				{view.name === "customer" && <CustomerView key={view.id} id={view.id} />}
				{view.name === "manual" && (
					<section class="card">
						<h2>{t("capture.manual")}</h2>
						<CaptureForm page={null} onCaptured={() => setView({ name: "sync" })} />
					</section>
				)}
				{view.name === "eml" && <EmlView file={emlFile} onFile={openEml} />}
			</main>
		</Panel.Provider>
	);
}

/** On a page with people to capture, what Today holds comes first as one line (the page stays). */
function TodayNudge({ rows, onOpen }: { rows: TodayRow[] | null; onOpen: () => void }) {
	if (!rows || rows.length === 0) return null;
	const overdue = rows.filter((r) => r.reasons.some((x) => x.kind === "followUp" && x.overdue)).length;
	return (
		<button type="button" class="today-nudge" data-testid="today-nudge" onClick={onOpen}>
			{overdue > 0
				? t("today.nudgeOverdue", { count: rows.length, overdue })
				: t("today.nudge", { count: rows.length })}
		</button>
	);
}

function Tab(props: { view: View; name: View["name"]; label: string; count?: number; onClick: () => void }) {
	const active = props.view.name === props.name;
	return (
		<button
			type="button"
			class={active ? "tab active" : "tab"}
			aria-current={active ? "page" : undefined}
			data-testid={`tab-${props.name}`}
			onClick={props.onClick}
		>
			{props.label}
			{props.count ? <span class="tab-count">{props.count}</span> : null}
		</button>
	);
}
