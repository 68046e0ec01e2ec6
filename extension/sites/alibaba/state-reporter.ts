/**
 * Main-world side of the page-state bridge: answers the isolated content script's requests
 * (and reports once at start) with only the fields Tierline uses, picked from the page's state.
 */
import { STATE_MESSAGE_TAG } from "./page-state";
import { pickAlibabaState } from "./page-state-pick";

export function installStateReporter(win: Window): void {
	const report = () => {
		try {
			const state = pickAlibabaState(win as unknown as Record<string, unknown>);
			win.postMessage({ tag: STATE_MESSAGE_TAG, kind: "state", state }, win.location.origin);
		} catch {
			// The page's state is the page's business: never break it.
		}
	};
	win.addEventListener("message", (event: MessageEvent) => {
		const data = event.data as { tag?: unknown; kind?: unknown } | null;
		if (event.source === win && data?.tag === STATE_MESSAGE_TAG && data.kind === "request") report();
	});
	report();
}
