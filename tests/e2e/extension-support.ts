import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import type { PageCapture } from "../../shared/schema/page-capture";
import { type ExtensionBrowser, launchExtension } from "../support/browser";

export { configureExtension } from "../support/browser";

/**
 * Launches Chromium with a private copy of the built extension, so a rebuild of .output during
 * the run (npm run build in another terminal) cannot pull files from under the test.
 */
export async function launchBuiltExtension(): Promise<ExtensionBrowser> {
	const copy = await mkdtemp(path.join(os.tmpdir(), "tierline-extension-"));
	await cp(path.join(REPO_ROOT, ".output/chrome-mv3"), copy, { recursive: true });
	const browser = await launchExtension({ extensionPath: copy });
	return {
		...browser,
		close: async () => {
			await browser.close();
			await rm(copy, { recursive: true, force: true });
		},
	};
}

/**
 * Opens the side panel page in a tab of its own and pins it to that tab (`?tabId=`), so what
 * an extension page reports with `pageCaptured` (keyed by the sender's tab) is what it shows.
 */
export async function openPinnedPanel(browser: ExtensionBrowser): Promise<{ panel: Page; tabId: number }> {
	const panel = await browser.openExtensionPage("sidepanel.html");
	const tabId = await panel.evaluate(async () => {
		const chrome = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } })
			.chrome;
		return (await chrome.tabs.getCurrent()).id;
	});
	await panel.goto(`${panel.url().split("?")[0]}?tabId=${tabId}`);
	return { panel, tabId };
}

/** Sends one message of the extension's protocol from an extension page; returns the reply. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<unknown> {
	return page.evaluate(
		async ([t, p]) => {
			const chrome = (
				globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
			).chrome;
			return chrome.runtime.sendMessage({ tierline: 1, type: t, payload: p });
		},
		[type, payload] as const,
	);
}

/** A Gmail thread as the Gmail content script would report it. */
export function gmailPageCapture(contact: { name: string; email: string; company?: string }): PageCapture {
	const threadId = `thread-${contact.email}`;
	return {
		site: "gmail",
		url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
		pageKind: "thread",
		contacts: [
			{
				role: "sender",
				name: contact.name,
				email: contact.email,
				phones: [],
				...(contact.company ? { company: contact.company } : {}),
				masked: {},
				sources: { name: "attribute", email: "attribute" },
			},
		],
		thread: {
			kind: "email",
			id: threadId,
			subject: "Inquiry: 2,000 pcs stainless steel water bottles",
			messages: [
				{
					id: "msg-1",
					fromName: contact.name,
					fromEmail: contact.email,
					to: ["sales@our-factory.example"],
					cc: [],
					date: "2026-02-10T09:30:00.000Z",
					body: "Please quote 2,000 pcs, FOB Ningbo, target price USD 3.20.",
					quoted: "",
					signature: "",
					collapsed: false,
				},
			],
			participants: [contact.email],
		},
		rows: [],
		unconfirmed: [],
	};
}

/** Reports a page to the background for the panel's tab, then waits for the contact card. */
export async function showPage(panel: Page, capture: PageCapture): Promise<void> {
	const reply = (await sendFromPage(panel, "pageCaptured", { capture })) as { ok: boolean };
	expect(reply.ok).toBe(true);
	await panel.getByTestId("contact-card").first().waitFor();
}

/**
 * Stops the extension's service worker the way Chrome does when it idles or is killed
 * (CDP ServiceWorker.stopAllWorkers) and resolves once Chrome reports it stopped.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
	const cdp = await browser.context.newCDPSession(page);
	const origin = `chrome-extension://${browser.extensionId}/`;
	const stopped = new Promise<void>((resolve) => {
		cdp.on("ServiceWorker.workerVersionUpdated", (event) => {
			const ours = event.versions.filter((v) => v.scriptURL.startsWith(origin));
			if (ours.length > 0 && ours.every((v) => v.runningStatus === "stopped")) resolve();
		});
	});
	await cdp.send("ServiceWorker.enable");
	await cdp.send("ServiceWorker.stopAllWorkers");
	await stopped;
	await cdp.detach();
}
