/**
 * Today in the side panel, in real headless Chromium with the built extension: 10,000 customers
 * cached, 500 of them with a follow-up due (overdue or today), written straight into the
 * extension's IndexedDB. The figure is the time from navigation to the frame with Today's 500
 * rows painted (the cache read, the selection and ordering, and the render), median of 7 reloads.
 * No API: the panel computes Today from the cache alone. Needs Chromium and `npm run build` first.
 */
import type { Page } from "playwright-core";
import { localDay } from "../../extension/day/local-day";
import { launchBuiltExtension } from "../e2e/extension-support";
import type { Figure } from "./figure";

const CUSTOMERS = 10_000;
const DUE = 500;
const RUNS = 7;
const TODAY_PAINTED_MARK = "tierline:today-painted";

export async function run(): Promise<Figure[]> {
	const browser = await launchBuiltExtension();
	try {
		const panel = await browser.openExtensionPage("sidepanel.html");
		await panel.getByTestId("tab-today").waitFor(); // the panel has opened (and created) its database
		await seedCache(panel);
		const renders: number[] = [];
		for (let i = 0; i < RUNS; i++) renders.push(await todayRender(panel));
		return [{ name: `extension.today.render.${CUSTOMERS}.${DUE}-due`, value: median(renders), unit: "ms" }];
	} finally {
		await browser.close();
	}
}

/** 10,000 cached customers (the cache's own shape), every 20th with a follow-up due in the last 30 days. */
function benchCustomers(): object[] {
	const now = new Date();
	const dayAgo = (days: number) =>
		localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days));
	const tiers = ["platinum", "gold", "iron", "lead"] as const;
	const every = Math.floor(CUSTOMERS / DUE);
	return Array.from({ length: CUSTOMERS }, (_, i) => {
		const tier = tiers[i % 4] as string;
		const hasDue = i % every === 0;
		const day = dayAgo(i % 30);
		const name = `Bench Customer ${i}`;
		return {
			id: `bench_${i}`,
			name,
			domain: `bench${i}.example`,
			country: "DE",
			website: null,
			buyerType: null,
			size: null,
			status: "lead",
			owner: null,
			ownerSince: null,
			inPool: false,
			tier,
			tierLabel: tier,
			currentValue: 10,
			potentialValue: 40,
			churn: { flag: false, severity: "none" },
			identities: [{ kind: "domain", value: `bench${i}.example` }],
			contactNames: [],
			lastInteractionAt: null,
			followUp: hasDue
				? { dueAt: day, note: `Call about order ${i}`, ownerId: "m", updatedAt: now.toISOString() }
				: null,
			...(hasDue ? { followUpDay: day } : {}),
			version: 1,
			createdAt: now.toISOString(),
			updatedAt: now.toISOString(),
			emails: [],
			domains: [`bench${i}.example`],
			buyerIds: [],
			phones: [],
			nameKey: name.toLowerCase(),
			contactKeys: [],
		};
	});
}

/** Writes the rows straight into the extension's IndexedDB (raw, from its own page). */
async function seedCache(panel: Page): Promise<void> {
	await panel.evaluate(async (rows) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open("tierline");
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction("customers", "readwrite");
			const store = tx.objectStore("customers");
			for (const row of rows) store.put(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, benchCustomers());
}

/** Reloads the panel (Today comes first: something is due) and reads when its rows were painted. */
async function todayRender(panel: Page): Promise<number> {
	await panel.reload();
	await panel.getByTestId("today-row").first().waitFor({ timeout: 60_000 });
	const rows = await panel.getByTestId("today-row").count();
	if (rows !== DUE) throw new Error(`Today listed ${rows} rows, not ${DUE}`);
	const ms = await panel.evaluate(async (mark) => {
		for (let i = 0; i < 100 && performance.getEntriesByName(mark).length === 0; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
	}, TODAY_PAINTED_MARK);
	if (Number.isNaN(ms)) throw new Error("the panel never marked Today as painted");
	return ms;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return Math.round(value * 10) / 10;
}
