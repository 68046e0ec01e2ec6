import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import { parseEml } from "../../shared/email";
import type { PageCapture } from "../../shared/schema/page-capture";
import { CHROMIUM_PATH } from "../support/browser";
import { browserBundle } from "./gmail-support";

// The side panel's dropped-.eml capture runs parseEml in the browser: the same real emails
// (non-ASCII charsets from mikel/mail) must give the same capture in Chromium as in Node.
const MAILS = path.resolve(REPO_ROOT, "../shared/fixtures/email/mikel-mail");
const FILES = [
	"multi_charset/japanese_shift_jis.eml",
	"multi_charset/ks_c_5601-1987.eml",
	"multi_charset/japanese_iso_2022.eml",
];

describe("parseEml in a browser bundle", () => {
	let browser: Browser;
	let script: string;

	beforeAll(async () => {
		script = await browserBundle(path.join(REPO_ROOT, "shared/email/index.ts"), "tierlineEmail");
		browser = await chromium.launch({
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: ["--no-sandbox"],
		});
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.each(FILES)("%s: same capture in Chromium as in Node", async (file) => {
		const raw = readFileSync(path.join(MAILS, file));
		// A secure origin, like the extension's pages (crypto.subtle is only there).
		const page = await browser.newPage();
		await page.route("https://tierline.test/", (route) =>
			route.fulfill({ contentType: "text/html", body: "<!doctype html><title>eml</title>" }),
		);
		await page.goto("https://tierline.test/");
		await page.addScriptTag({ content: script });
		const inBrowser = await page.evaluate(
			async (bytes) => {
				const email = (
					globalThis as unknown as { tierlineEmail: { parseEml(raw: Uint8Array): Promise<PageCapture> } }
				).tierlineEmail;
				return email.parseEml(new Uint8Array(bytes));
			},
			[...raw],
		);
		const inNode = await parseEml(new Uint8Array(raw));
		expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
		expect(inBrowser.thread?.subject).toBeTruthy();
		await page.close();
	});
});
