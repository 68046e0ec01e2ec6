import "fake-indexeddb/auto";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "../../i18n";
import { openDb } from "../../store/db";
import { setMeta } from "../../store/meta";
import { Panel, type PanelContext } from "./context";
import { SyncBar } from "./sync-status";

let root: HTMLElement | null = null;
afterEach(() => {
	if (root) render(null, root);
	root?.remove();
	setLocale("en");
});

async function bar(name: string, prepare: (db: ReturnType<typeof openDb>) => Promise<void>) {
	const db = openDb(name);
	await prepare(db);
	const panel: PanelContext = {
		db,
		api: () => Promise.reject(new Error("not configured")),
		me: null,
		navigate: () => {},
		syncNow: () => Promise.resolve(),
		openSettings: () => {},
	};
	root = document.createElement("div");
	document.body.append(root);
	const into = root;
	act(() => {
		render(
			<Panel.Provider value={panel}>
				<SyncBar />
			</Panel.Provider>,
			into,
		);
	});
	await vi.waitFor(() => expect(into.querySelector("[data-testid=sync-bar]")).not.toBeNull());
	return into.querySelector("[data-testid=sync-bar]")?.textContent ?? "";
}

describe("the sync line never says all is synced beside an error", () => {
	it("a failed pull: what failed and when it is tried again", async () => {
		const text = await bar("sync-bar-failed", (db) =>
			setMeta(db, "lastSyncError", "Could not reach the server"),
		);
		expect(text).not.toContain("All captures synced");
		expect(text).toContain("Sync failed");
		expect(text).toContain("Could not reach the server · trying again within 5 minutes");
	});

	it("in Chinese", async () => {
		setLocale("zh_CN");
		const text = await bar("sync-bar-failed-zh", (db) => setMeta(db, "lastSyncError", "服务器错误"));
		expect(text).toContain("同步失败");
		expect(text).toContain("将在 5 分钟内重试");
	});

	it("all synced when nothing failed", async () => {
		expect(await bar("sync-bar-ok", async () => undefined)).toContain("All captures synced");
	});
});
