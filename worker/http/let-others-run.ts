/**
 * Long work inside one request (an import's commit, a re-score slice) must leave room for the other
 * requests the isolate is serving. Awaiting D1 is not enough: in local mode (wrangler dev 4.86) a
 * request that alternates JavaScript and D1 calls keeps every other request waiting until it ends,
 * while a timer lets them in (measured 2026-12-06: a request doing 20 × (25 ms of work + one D1
 * query) held a concurrent GET for its whole 540 ms; with a timer after each step the GET answered in
 * 40 ms). The pause is a few milliseconds rather than zero so that a waiting request gets through
 * several of its own D1 round trips, not one, before the long work takes its next slice
 * (`npm run bench -- import-isolation`). On Cloudflare it costs wall time only, never CPU.
 */
const PAUSE_MS = 5;

export function letOthersRun(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
}

/** Items handled between two breaks: about 10–30 ms of work per slice for the import's per-row steps. */
export const ITEMS_PER_SLICE = 2_000;

/** Calls `step` for every item (with its index), letting other requests run after every `every` items. */
export async function forEachWithBreaks<T>(
	items: readonly T[],
	step: (item: T, index: number) => void,
	every = ITEMS_PER_SLICE,
): Promise<void> {
	for (let i = 0; i < items.length; i++) {
		if (i > 0 && i % every === 0) await letOthersRun();
		step(items[i] as T, i);
	}
}
