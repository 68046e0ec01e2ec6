import { browser } from "wxt/browser";
import type { CustomersChanged } from "../../messaging/protocol";
import type { CustomersChange } from "../../sync/engine";

/**
 * Tell content scripts (in every tab) and extension pages which cached customers changed.
 * Tabs without our content script refuse the message; that is expected and ignored.
 */
export function broadcastCustomersChanged({ customerIds, keys, all }: CustomersChange): void {
	const message: CustomersChanged = {
		tierline: 1,
		type: "customersChanged",
		customerIds,
		...(keys ? { keys } : {}),
		...(all ? { all } : {}),
	};
	void browser.runtime.sendMessage(message).catch(() => undefined);
	void browser.tabs
		.query({})
		.then((tabs) => {
			for (const tab of tabs) {
				if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
			}
		})
		.catch(() => undefined);
}
