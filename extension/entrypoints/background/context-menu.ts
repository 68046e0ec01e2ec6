/**
 * "Capture as lead" / "保存为线索" on any selected text: the selection is parsed into a
 * PageCapture (emails, phones, WhatsApp, name, company …, all unconfirmed), stored as the tab's
 * page for the side panel, and the side panel opens to pre-fill its capture form.
 */
import { browser } from "wxt/browser";
import { onLocaleChange, t } from "../../i18n";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { MAX_SELECTION, selectionCapture } from "../../sites/selection/selection-capture";
import type { TierlineDb } from "../../store/db";

export const CAPTURE_SELECTION_MENU = "tierline-capture-selection";

interface ClickInfo {
	menuItemId: string | number;
	selectionText?: string;
	frameId?: number;
	pageUrl?: string;
	frameUrl?: string;
}

interface Tab {
	id?: number;
	url?: string;
	windowId?: number;
}

export function registerCaptureSelectionMenu(db: TierlineDb): void {
	void createMenu();
	onLocaleChange(() => void browser.contextMenus.update(CAPTURE_SELECTION_MENU, { title: menuTitle() }));
	browser.contextMenus.onClicked.addListener((info, tab) => {
		if (info.menuItemId !== CAPTURE_SELECTION_MENU || tab?.id === undefined) return;
		// Opening the panel must happen inside the click (a user gesture), before any await.
		openPanel(tab);
		void captureSelection(db, info, tab).catch((error: unknown) =>
			console.warn("[tierline] capture selection:", error),
		);
	});
}

async function createMenu(): Promise<void> {
	await loadLanguageSetting().catch(() => undefined);
	// Menus outlive the service worker: replace ours (only ours) on every start.
	await browser.contextMenus.remove(CAPTURE_SELECTION_MENU).catch(() => undefined);
	browser.contextMenus.create(
		{ id: CAPTURE_SELECTION_MENU, title: menuTitle(), contexts: ["selection"] },
		() => void browser.runtime.lastError,
	);
}

function menuTitle(): string {
	return t("selection.captureAsLead");
}

export async function captureSelection(db: TierlineDb, info: ClickInfo, tab: Tab): Promise<void> {
	if (tab.id === undefined) return;
	const text = (await selectionWithLineBreaks(tab.id, info.frameId)) ?? info.selectionText ?? "";
	if (text.trim() === "") return;
	const capture = selectionCapture(text, tab.url ?? info.pageUrl ?? info.frameUrl ?? "");
	await db.pages.put({ tabId: tab.id, capture, updatedAt: new Date().toISOString() });
}

/**
 * Chrome's `selectionText` turns line breaks into spaces (crbug.com/116429), and a contact
 * block reads by its lines; the click grants activeTab, so the frame's own selection is read.
 * Null when that is not possible (no scripting permission, a protected page).
 */
async function selectionWithLineBreaks(tabId: number, frameId: number | undefined): Promise<string | null> {
	const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
	if (!scripting) return null;
	try {
		const [result] = await scripting.executeScript({
			target: { tabId, frameIds: [frameId ?? 0] },
			func: (max: number) => (globalThis.getSelection?.()?.toString() ?? "").slice(0, max),
			args: [MAX_SELECTION],
		});
		return typeof result?.result === "string" && result.result.trim() !== "" ? result.result : null;
	} catch {
		return null;
	}
}

function openPanel(tab: Tab): void {
	const api = browser as unknown as {
		sidePanel?: { open(options: { tabId: number }): Promise<void> };
		sidebarAction?: { open(): Promise<void> };
	};
	const opened =
		api.sidePanel && tab.id !== undefined ? api.sidePanel.open({ tabId: tab.id }) : api.sidebarAction?.open();
	void opened?.catch((error: unknown) => console.warn("[tierline] open side panel:", error));
}
