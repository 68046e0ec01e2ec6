import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";

/** `?tabId=` pins the panel to one tab (tests; a panel opened in a tab of its own). */
export function pinnedTabId(search: string): number | null {
	const value = new URLSearchParams(search).get("tabId");
	const id = value === null ? Number.NaN : Number(value);
	return Number.isInteger(id) && id >= 0 ? id : null;
}

/** The active tab of the panel's window, followed as the user switches tabs. */
export function useCurrentTab(pinned: number | null): number | null {
	const [tabId, setTabId] = useState<number | null>(pinned);
	useEffect(() => {
		if (pinned !== null) return;
		let windowId: number | undefined;
		void browser.windows
			.getCurrent()
			.then((w) => {
				windowId = w.id;
				return browser.tabs.query({ active: true, windowId: w.id });
			})
			.then(([tab]) => setTabId(tab?.id ?? null))
			.catch(() => setTabId(null));
		const onActivated = (info: { tabId: number; windowId: number }) => {
			if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
		};
		browser.tabs.onActivated.addListener(onActivated);
		return () => browser.tabs.onActivated.removeListener(onActivated);
	}, [pinned]);
	return tabId;
}
