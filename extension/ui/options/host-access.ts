import { browser } from "wxt/browser";

/** The host-permission pattern for an API origin ("https://api.example.com/*"). */
export function originPattern(origin: string): string {
	const url = new URL(origin);
	return `${url.protocol}//${url.hostname}/*`;
}

export function hasHostAccess(origin: string): Promise<boolean> {
	return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/**
 * Ask for access to the API's origin (only the local API is granted at install). Must run in
 * a click handler: browsers only show the prompt for a user gesture.
 */
export async function requestHostAccess(origin: string): Promise<boolean> {
	// No await before request(): the click's user activation must still be current. Asking for
	// a permission already held answers true without a prompt.
	try {
		return await browser.permissions.request({ origins: [originPattern(origin)] });
	} catch {
		return false;
	}
}
