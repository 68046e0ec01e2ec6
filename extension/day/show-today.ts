import { browser } from "wxt/browser";

/** A request from the background (the daily notification was clicked) that the panel show Today. */
const SHOW_TODAY_KEY = "tierline.showTodayAt";
/** A panel that opens later than this after the click is not answering it. */
const FRESH_MS = 60_000;

/** Ask the side panel — open now, or opening because of the same click — to show Today. */
export async function askPanelToShowToday(now = Date.now()): Promise<void> {
	await browser.storage.local.set({ [SHOW_TODAY_KEY]: now });
}

/** True once per request made in the last minute (the request is used up). */
export async function takeShowTodayRequest(now = Date.now()): Promise<boolean> {
	const at = (await browser.storage.local.get(SHOW_TODAY_KEY))[SHOW_TODAY_KEY];
	if (typeof at !== "number") return false;
	await browser.storage.local.remove(SHOW_TODAY_KEY);
	return now - at < FRESH_MS;
}

/** Calls `show` whenever a request arrives while the panel is open (and at once for a pending one). */
export function onShowTodayRequest(show: () => void): () => void {
	const take = () => void takeShowTodayRequest().then((asked) => asked && show());
	const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
		if (area === "local" && typeof changes[SHOW_TODAY_KEY]?.newValue === "number") take();
	};
	browser.storage.onChanged.addListener(listener);
	take();
	return () => browser.storage.onChanged.removeListener(listener);
}
