/**
 * Buyers' platform ids by inquiry (tradeId → sender.accountId), remembered from the inquiry list
 * so the inquiry's detail page — which shows no stable buyer id — captures the same buyer.
 * Kept in the extension's own storage (never the page's), bounded, newest kept.
 */
import { browser } from "wxt/browser";
import type { AlibabaExtraction, KnownBuyers } from "../sites/alibaba";

const KEY = "alibaba.knownBuyers.v1";
const MAX = 2_000;

let cache: Map<string, string> | null = null;

/** The remembered ids (empty until loaded; load() fills it). */
export function knownBuyers(): KnownBuyers {
	return cache ?? new Map();
}

export async function loadKnownBuyers(): Promise<KnownBuyers> {
	if (cache !== null) return cache;
	try {
		const stored = (await browser.storage.local.get(KEY))[KEY];
		cache = new Map(Array.isArray(stored) ? stored.filter(isPair) : []);
	} catch {
		cache = new Map();
	}
	return cache;
}

/** Remembers the list rows' tradeId → accountId pairs; saves only when something is new. */
export function rememberBuyers(page: AlibabaExtraction): void {
	const known = cache;
	if (known === null) return;
	let changed = false;
	for (const { row } of page.rows) {
		const tradeId = row.threadId?.startsWith("inquiry:") ? row.threadId.slice("inquiry:".length) : null;
		if (!tradeId || !row.buyerId || known.get(tradeId) === row.buyerId) continue;
		known.delete(tradeId);
		known.set(tradeId, row.buyerId);
		changed = true;
	}
	if (!changed) return;
	while (known.size > MAX) known.delete(known.keys().next().value as string);
	void browser.storage.local.set({ [KEY]: [...known] }).catch(() => undefined);
}

function isPair(value: unknown): value is [string, string] {
	return Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string";
}
