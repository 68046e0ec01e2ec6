/**
 * Gmail figures:
 * - extraction of a 50-message thread, in real Chromium (the driver bundled as the extension
 *   bundles it) and in Node with linkedom (what `npm run extract` uses); median of 30 runs;
 * - badge latency: with the sender cached, time from inserting a row to its badge's shadow host
 *   existing, measured in the page (performance.now + a MutationObserver); median and max of 20;
 * - idle: the content script's observer batches, finder runs, feature runs and lookup messages
 *   during 5 s of an idle Gmail page (expect 0);
 * - lookups per screen: lookup messages the content script sends (and keys in them) for the real
 *   2014 inbox (16 rows), from a fresh tab: one batched message per screen is the goal;
 * - extraction of the same thread without its subject heading (messages found from their headers);
 * - every content script's size, gzip, in both builds (budgets: gmail 25 KiB, alibaba 40 KiB).
 * Needs `npm run build` and Chromium; starts its own API (wrangler dev) on a free port.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { extractGmailPage } from "../../extension/sites/gmail";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import { SENDER_MARK, waitForMark } from "../e2e/closed-marks";
import { configureExtension } from "../e2e/extension-support";
import { browserBundle, GMAIL, gmailFixture, openGmail, seedCustomer } from "../e2e/gmail-support";
import { longThreadHtml } from "../fixtures/gmail/long-thread";
import { startApi } from "../support/api-server";
import { CHROMIUM_PATH, launchExtension } from "../support/browser";
import { createTeam } from "../support/team";
import type { Figure } from "./figure";

const THREAD_URL = `${GMAIL}#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`;

export async function run(): Promise<Figure[]> {
	return [...extractionInNode(), ...(await extractionInChromium()), ...(await inPage()), ...bundleSizes()];
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function extractionInNode(): Figure[] {
	return [
		{ name: "gmail.extract_50_messages.linkedom_median", value: extractionMedian(false), unit: "ms" },
		{
			name: "gmail.extract_50_messages_without_subject_heading.linkedom_median",
			value: extractionMedian(true),
			unit: "ms",
		},
	];
}

/** Median of 30 extractions of the 50-message thread, with or without its subject heading. */
function extractionMedian(withoutHeading: boolean): number {
	const { document } = parseHTML(longThreadHtml(50));
	const doc = document as unknown as Document;
	if (withoutHeading) doc.querySelector("h2.hP")?.remove();
	const times: number[] = [];
	for (let i = 0; i < 33; i++) {
		const start = performance.now();
		const capture = extractGmailPage(doc, { url: THREAD_URL });
		times.push(performance.now() - start);
		if (capture.thread?.messages.length !== 50) throw new Error("the long thread did not give 50 messages");
	}
	return round(median(times.slice(3)));
}

async function extractionInChromium(): Promise<Figure[]> {
	const script = await browserBundle(path.join(REPO_ROOT, "extension/sites/gmail/index.ts"), "tierlineGmail");
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ["--no-sandbox"],
	});
	try {
		const page = await browser.newPage();
		await page.setContent(longThreadHtml(50));
		await page.addScriptTag({ content: script });
		const timesOf = () =>
			page.evaluate((url) => {
				const driver = (
					globalThis as unknown as { tierlineGmail: { extractGmailPage: typeof extractGmailPage } }
				).tierlineGmail;
				const out: number[] = [];
				for (let i = 0; i < 33; i++) {
					const start = performance.now();
					const capture = driver.extractGmailPage(document, { url });
					out.push(performance.now() - start);
					if (capture.thread?.messages.length !== 50) throw new Error("expected 50 messages");
				}
				return out.slice(3);
			}, THREAD_URL);
		const full = await timesOf();
		await page.evaluate(() => document.querySelector("h2.hP")?.remove());
		const withoutHeading = await timesOf();
		return [
			{ name: "gmail.extract_50_messages.chromium_median", value: round(median(full)), unit: "ms" },
			{
				name: "gmail.extract_50_messages_without_subject_heading.chromium_median",
				value: round(median(withoutHeading)),
				unit: "ms",
			},
		];
	} finally {
		await browser.close();
	}
}

async function inPage(): Promise<Figure[]> {
	const api = await startApi();
	const browser = await launchExtension();
	try {
		const team = await createTeam(api, "Bench Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "Mohammed Al-Farsi", email: "m.alfarsi@gulf-trading.ae" },
			{ name: "Gulf Trading LLC", domain: "gulf-trading.ae" },
		);
		await (await configureExtension(browser, api.url, team.token)).close();
		const page = await openGmail(browser.context, gmailFixture("inbox-2024.html"), "#inbox");
		await waitForMark(page, SENDER_MARK("m.alfarsi@gulf-trading.ae"), ".tierline-tier-badge", 30_000);
		const latencies = await badgeLatencies(page, 20);
		await page.waitForTimeout(1000); // let the page report settle
		const idle = await idleWork(page, 5000);
		const perScreen = await lookupsPerScreen(browser.context);
		return [
			{ name: "gmail.inbox_2014.lookup_messages", value: perScreen.messages, unit: "count" },
			{ name: "gmail.inbox_2014.marks", value: perScreen.marks, unit: "count" },
			{ name: "gmail.badge_after_row_insert.median", value: round(median(latencies)), unit: "ms" },
			{ name: "gmail.badge_after_row_insert.max", value: round(Math.max(...latencies)), unit: "ms" },
			{ name: "gmail.idle_5s.observer_batches", value: idle.batches, unit: "count" },
			{ name: "gmail.idle_5s.finder_runs", value: idle.finderRuns, unit: "count" },
			{ name: "gmail.idle_5s.feature_runs", value: idle.featureRuns, unit: "count" },
			{ name: "gmail.idle_5s.lookup_messages", value: idle.lookups, unit: "count" },
		];
	} finally {
		await browser.close();
		await api.dispose();
	}
}

/** Clone the cached customer's row as a new thread and time until its badge host exists. */
async function badgeLatencies(page: Page, runs: number): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		out.push(
			await page.evaluate(
				(n) =>
					new Promise<number>((resolve) => {
						const template = document.querySelector("tr.zA") as HTMLTableRowElement;
						const row = template.cloneNode(true) as HTMLTableRowElement;
						for (const host of row.querySelectorAll("[data-tierline]")) host.remove();
						row.id = `:bench${n}`;
						const sender = row.querySelector("span[email]") as Element;
						const observer = new MutationObserver(() => {
							if (sender.nextElementSibling?.getAttribute("data-tierline") === "gmail-sender") {
								observer.disconnect();
								resolve(performance.now() - start);
							}
						});
						observer.observe(document.body, { childList: true, subtree: true });
						const start = performance.now();
						template.parentElement?.prepend(row);
					}),
				i,
			),
		);
	}
	return out;
}

/** The real 2014 inbox in a fresh tab: lookup messages sent until its marks are drawn and the page is idle. */
async function lookupsPerScreen(context: BrowserContext) {
	const page = await openGmail(context, gmailFixture("inbox-2014-12.html"), "#inbox");
	await page.locator('[data-tierline="gmail-sender"]').first().waitFor({ timeout: 30_000 });
	await page.waitForTimeout(2000);
	const stats = await page.evaluate(() => {
		document.dispatchEvent(new Event("tierline:stats"));
		return JSON.parse(document.documentElement.getAttribute("data-tierline-stats") ?? "{}") as Stats;
	});
	const marks = await page.locator('[data-tierline="gmail-sender"]').count();
	await page.close();
	return { messages: stats.lookups, marks };
}

interface Stats {
	batches: number;
	finderRuns: number;
	featureRuns: number;
	lookups: number;
}

async function idleWork(page: Page, ms: number): Promise<Stats> {
	const read = () =>
		page.evaluate(() => {
			document.dispatchEvent(new Event("tierline:stats"));
			return JSON.parse(document.documentElement.getAttribute("data-tierline-stats") ?? "{}") as Stats;
		});
	const before = await read();
	await page.waitForTimeout(ms);
	const after = await read();
	return {
		batches: after.batches - before.batches,
		finderRuns: after.finderRuns - before.finderRuns,
		featureRuns: after.featureRuns - before.featureRuns,
		lookups: after.lookups - before.lookups,
	};
}

/** Every content script of both builds, gzip level 9. */
function bundleSizes(): Figure[] {
	return ["chrome-mv3", "firefox-mv3"].flatMap((build) => {
		const dir = path.join(REPO_ROOT, ".output", build, "content-scripts");
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((file) => file.endsWith(".js"))
			.map((file) => ({
				name: `content_script_gzip.${build}.${file.replace(/\.js$/, "")}`,
				value: round(gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length / 1024),
				unit: "KiB",
			}));
	});
}
