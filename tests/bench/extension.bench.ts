/**
 * The extension in real headless Chromium against the real local API:
 * - pull-sync of 10,000 team customers into Dexie (s), from an empty cache, through the extension's
 *   own sync engine (the "Sync now" message), median of 3;
 * - side panel first render with those 10,000 customers cached (ms from navigation to the frame
 *   with the customer list painted, a performance mark the panel sets), median of 7 reloads;
 * - the gzip size of each built script in .output/chrome-mv3 (KB).
 * Needs Chromium and `npm run build` first.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import { configureExtension, launchBuiltExtension, sendFromPage } from "../e2e/extension-support";
import { startApi } from "../support/api-server";
import { bulkSeedCustomers } from "../support/bulk-seed";
import { createTeam } from "../support/team";
import type { Figure } from "./figure";

const CUSTOMERS = 10_000;
const SYNC_RUNS = 3;
const RENDER_RUNS = 7;
const LIST_PAINTED_MARK = "tierline:customer-list-painted";

export async function run(): Promise<Figure[]> {
	const figures = await scriptSizes();
	const api = await startApi();
	const workDir = await mkdtemp(path.join(os.tmpdir(), "tierline-bench-ext-"));
	try {
		const team = await createTeam(api, "Bench Extension Co.");
		await api.stop(); // one writer at a time: bulk-load with the API stopped
		await bulkSeedCustomers({
			persistTo: api.persistTo,
			teamId: team.teamId,
			ownerId: team.admin.id,
			customers: CUSTOMERS,
			workDir,
		});
		await api.start();
		const browser = await launchBuiltExtension();
		try {
			await configureExtension(browser, api.url, team.token);
			const panel = await browser.openExtensionPage("sidepanel.html");
			await waitForCount(panel, CUSTOMERS); // the sync that saving the settings starts
			const syncSeconds: number[] = [];
			for (let i = 0; i < SYNC_RUNS; i++) syncSeconds.push(await timedFullSync(panel));
			figures.push({ name: `extension.pull-sync.${CUSTOMERS}`, value: median(syncSeconds), unit: "s" });

			const renders: number[] = [];
			for (let i = 0; i < RENDER_RUNS; i++) renders.push(await firstRender(panel));
			figures.push({ name: `extension.panel.first-render.${CUSTOMERS}`, value: median(renders), unit: "ms" });
		} finally {
			await browser.close();
		}
		return figures;
	} finally {
		await api.dispose();
		await rm(workDir, { recursive: true, force: true });
	}
}

/** Empties the cache and cursor (raw IndexedDB, from the extension's page), then times "Sync now". */
async function timedFullSync(panel: Page): Promise<number> {
	await panel.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open("tierline");
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(["customers", "meta", "lookups"], "readwrite");
			tx.objectStore("customers").clear();
			tx.objectStore("lookups").clear();
			tx.objectStore("meta").delete("syncCursor");
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	});
	const started = performance.now();
	const reply = (await sendFromPage(panel, "syncNow", {})) as {
		ok: boolean;
		data?: { lastError: string | null };
	};
	const seconds = (performance.now() - started) / 1000;
	if (!reply.ok || reply.data?.lastError) throw new Error(`sync failed: ${JSON.stringify(reply)}`);
	await waitForCount(panel, CUSTOMERS);
	return seconds;
}

/** Reloads the panel and reads when the customer list was first painted (ms since navigation). */
async function firstRender(panel: Page): Promise<number> {
	await panel.reload();
	await panel.getByTestId("customer-row").first().waitFor();
	const ms = await panel.evaluate(async (mark) => {
		for (let i = 0; i < 100 && performance.getEntriesByName(mark).length === 0; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
	}, LIST_PAINTED_MARK);
	if (Number.isNaN(ms)) throw new Error("the panel never marked its list as painted");
	return ms;
}

async function waitForCount(panel: Page, expected: number): Promise<void> {
	for (let i = 0; i < 600; i++) {
		const count = await panel.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open("tierline");
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const n = await new Promise<number>((resolve) => {
				const request = db.transaction("customers").objectStore("customers").count();
				request.onsuccess = () => resolve(request.result);
			});
			db.close();
			return n;
		});
		if (count >= expected) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the cache never reached ${expected} customers`);
}

/** gzip (level 9) of every script of the Chrome build; content hashes dropped from chunk names. */
async function scriptSizes(): Promise<Figure[]> {
	const root = path.join(REPO_ROOT, ".output/chrome-mv3");
	const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".js")).sort();
	if (files.length === 0) throw new Error("No built extension: run `npm run build` first");
	const figures: Figure[] = [];
	for (const file of files) {
		const bytes = gzipSync(await readFile(path.join(root, file)), { level: 9 }).length;
		const name = file.replace(/-[A-Za-z0-9_-]{8}\.js$/, ".js");
		figures.push({ name: `extension.gzip.${name}`, value: Math.round(bytes / 102.4) / 10, unit: "KB" });
	}
	return figures;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(value * 1000) / 1000;
}
