import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchExtension, servePage } from "../support/browser";

// Proves the e2e harness: the built extension loads in real headless Chromium and route-served
// pages appear at their real URLs. Needs `npm run build` first.
describe("e2e harness", () => {
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		browser = await launchExtension();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("starts the extension's service worker", async () => {
		expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
		// Runs inside the service worker, where the extension API is the global `chrome`.
		const manifest = await browser.serviceWorker.evaluate(() => {
			const api = (
				globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
			).chrome;
			return api.runtime.getManifest();
		});
		expect(manifest.name).toBe("Tierline");
		expect(manifest.manifest_version).toBe(3);
	});

	it("serves a saved page at its real Gmail URL", async () => {
		const html = "<!doctype html><title>Inbox</title><h1 id=greeting>Saved Gmail page</h1>";
		await servePage(browser.context, "https://mail.google.com/mail/u/0/", html);
		const page = await browser.context.newPage();
		const response = await page.goto("https://mail.google.com/mail/u/0/#inbox");
		expect(response?.status()).toBe(200);
		expect(page.url()).toBe("https://mail.google.com/mail/u/0/#inbox");
		expect(await page.locator("#greeting").textContent()).toBe("Saved Gmail page");
		await page.close();
	});
});
