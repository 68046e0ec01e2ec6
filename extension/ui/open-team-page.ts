import { browser } from "wxt/browser";

/** The team page (team.html) of this extension. */
export function teamPageUrl(section?: string): string {
	return browser.runtime.getURL(`/team.html${section ? `#${section}` : ""}`);
}

/** Opens the team page in a new tab (from the side panel or the settings page). */
export function openTeamPage(section?: string): void {
	void browser.tabs.create({ url: teamPageUrl(section) });
}
