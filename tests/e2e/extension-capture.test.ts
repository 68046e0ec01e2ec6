import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tier } from "../../shared/schema/common";
import { tierLabel } from "../../shared/scoring/tiers";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import {
	configureExtension,
	gmailPageCapture,
	launchBuiltExtension,
	openPinnedPanel,
	showPage,
} from "./extension-support";
import { gmailFixture, openGmail } from "./gmail-support";

/** The tab whose content script reported a page at this address (read from the extension's IndexedDB). */
async function reportedTabId(panel: Page, urlPrefix: string): Promise<number> {
	for (let i = 0; i < 100; i++) {
		const tabId = await panel.evaluate(async (prefix) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open("tierline");
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const rows = await new Promise<Array<{ tabId: number; capture: { url: string } }>>((resolve) => {
				const request = db.transaction("pages").objectStore("pages").getAll();
				request.onsuccess = () => resolve(request.result);
			});
			db.close();
			return rows.find((row) => row.capture.url.startsWith(prefix))?.tabId ?? null;
		}, urlPrefix);
		if (tabId !== null) return tabId;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`no page reported from ${urlPrefix}`);
}

// A capture made in the side panel lands in D1 once, and the panel shows the server's tier.
describe("extension capture", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api);
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("captures a page's contact: a row in D1, then the tier in the panel", async () => {
		const { panel } = await openPinnedPanel(browser);
		await showPage(
			panel,
			gmailPageCapture({ name: "Anna Schmidt", email: "anna@brandhaus.de", company: "Brandhaus GmbH" }),
		);
		const card = panel.getByTestId("contact-card");
		await expect.poll(() => card.textContent()).toContain("New lead");
		await card.getByRole("button", { name: "Capture", exact: true }).click();

		// Local-first: a provisional tier at once, then the server's.
		const badge = card.locator(".tierline-tier-badge");
		await badge.first().waitFor();
		await expect
			.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count(), { timeout: 30_000 })
			.toBe(1);

		const rows = await d1Query<{ id: string; name: string; tier: Tier }>(
			api,
			`select id, name, tier from customers where team_id = '${team.teamId}'`,
		);
		expect(rows).toHaveLength(1);
		const [row] = rows;
		expect(await card.locator(".tierline-tier-badge").getAttribute("data-tier")).toBe(row?.tier);
		expect(await card.locator(".tierline-tier-badge").textContent()).toBe(
			tierLabel(row!.tier, "metal", "en"),
		);
		expect(await card.textContent()).toContain("Your customer.");
		expect(await panel.getByTestId("sync-pending").textContent()).toBe("All captures synced");
		await panel.close();
	});

	it("shows what the Gmail content script read from a real thread page, and captures from it", async () => {
		const gmail = await openGmail(
			browser.context,
			gmailFixture("thread-en-2024.html"),
			"#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
		);
		const panel = await browser.openExtensionPage("sidepanel.html");
		const gmailTabId = await reportedTabId(panel, "https://mail.google.com/");
		await panel.goto(`${panel.url()}?tabId=${gmailTabId}`);
		await panel.getByTestId("page-summary").waitFor({ timeout: 20_000 });
		const card = panel.getByTestId("contact-card").filter({ hasText: "j.schmidt@bauhaus-import.de" });
		await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain("New lead");
		await card.getByRole("button", { name: /^(Capture|Confirm and capture)$/ }).click();
		await expect
			.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count(), { timeout: 30_000 })
			.toBe(1);
		const rows = await d1Query<{ customer_id: string }>(
			api,
			`select customer_id from identities where team_id = '${team.teamId}' and kind = 'email' and value = 'j.schmidt@bauhaus-import.de'`,
		);
		expect(rows).toHaveLength(1);
		await panel.close();
		await gmail.close();
	});

	it("renders a hostile contact name as text, never as HTML", async () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const { panel } = await openPinnedPanel(browser);
		const dialogs: string[] = [];
		panel.on("dialog", (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await showPage(panel, gmailPageCapture({ name: hostile, email: "mallory@evil-imports.example" }));
		const card = panel.getByTestId("contact-card");
		expect(await card.locator("h3.name").textContent()).toBe(hostile);
		await card.getByRole("button", { name: "Capture", exact: true }).click();
		await expect
			.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count(), { timeout: 30_000 })
			.toBe(1);

		// The server's record (its name as the API stored it), in the customer view, is text too.
		await card.getByRole("button", { name: hostile }).click();
		const view = panel.getByTestId("customer-view");
		await view.waitFor();
		await expect.poll(() => view.locator("h2.name").textContent()).toContain(hostile);
		await expect.poll(() => view.getByTestId("customer-contact").first().textContent()).toContain(hostile);
		expect(await view.locator("h2.name").isVisible()).toBe(true);
		expect(await panel.locator("img").count()).toBe(0);
		expect(dialogs).toEqual([]);
		await panel.close();
	});
});
