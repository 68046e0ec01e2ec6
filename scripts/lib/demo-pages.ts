import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { configureExtension, type ExtensionBrowser, servePages } from "../../tests/support/browser";
import { REPO_ROOT } from "./wrangler";

export interface DemoPage {
	label: string;
	/** The page's real address; the saved copy is served there inside the demo browser. */
	url: string;
	file: string;
}

/**
 * What `npm run demo` opens: a Gmail inbox and a thread (two Gmail accounts' addresses, since both
 * are one document per account) and an Alibaba inquiry, saved pages from tests/fixtures whose
 * senders the demo seed holds (scripts/lib/demo-page-customers.ts).
 */
export const DEMO_PAGES: DemoPage[] = [
	{
		label: "Gmail inbox",
		url: "https://mail.google.com/mail/u/0/#inbox",
		file: "tests/fixtures/gmail/inbox-2024.html",
	},
	{
		label: "Gmail thread",
		url: "https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmvPQvlfhnnhdzLjBwkl",
		file: "tests/fixtures/gmail/thread-en-2024.html",
	},
	{
		label: "Alibaba.com inquiry",
		url: "https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765",
		file: "tests/fixtures/alibaba/inquiry-detail.en.dom.2026-12-06.html",
	},
];

export interface OpenedDemo {
	pages: Array<{ label: string; page: Page }>;
	/** The side panel, open in a tab of its own beside the Gmail thread. */
	panel: Page;
}

/** Connects the extension to the API, serves the demo pages at their addresses and opens them. */
export async function openDemo(
	browser: ExtensionBrowser,
	api: { apiUrl: string; token: string },
): Promise<OpenedDemo> {
	const options = await configureExtension(browser, api.apiUrl, api.token);
	await servePages(
		browser.context,
		DEMO_PAGES.map((p) => ({ url: p.url, html: readFileSync(path.join(REPO_ROOT, p.file), "utf8") })),
	);
	const pages = [];
	for (const demo of DEMO_PAGES) {
		const page = await browser.context.newPage();
		await page.goto(demo.url);
		pages.push({ label: demo.label, page });
	}
	await options.close();
	const panel = await browser.openExtensionPage("sidepanel.html");
	return { pages, panel };
}
