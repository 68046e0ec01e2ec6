const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

/**
 * Counters over fixed one-minute windows, kept in this isolate's memory.
 *
 * Why not D1 (a rate_limits table): it would turn every read into a write on D1's single primary,
 * adding a write's latency to each lookup — and failed authentications must be refused before any
 * D1 query. The price of counting in memory: Cloudflare runs several isolates (and locations), each
 * with its own counter, so the real ceiling is a multiple of the limit, and counts reset when an
 * isolate is recycled. That is enough to stop a runaway client or a token-guessing loop; a hard
 * global limit would use the Workers Rate Limiting binding instead.
 */
export class FixedWindows {
	private readonly windows = new Map<string, { start: number; count: number }>();

	/** Counts one event for `key`; answers the seconds to wait when it went over `limit`, else 0. */
	hit(key: string, limit: number, now = Date.now()): number {
		const window = this.current(key, now, true);
		window.count += 1;
		return window.count > limit ? retryAfter(window.start, now) : 0;
	}

	/** The seconds to wait when `key` is already over `limit` (nothing counted), else 0. */
	over(key: string, limit: number, now = Date.now()): number {
		const window = this.current(key, now, false);
		return window.count >= limit ? retryAfter(window.start, now) : 0;
	}

	private current(key: string, now: number, create: boolean): { start: number; count: number } {
		let window = this.windows.get(key);
		if (window === undefined || now - window.start >= WINDOW_MS) {
			window = { start: now, count: 0 };
			if (!create) return window;
			if (this.windows.size >= MAX_TRACKED) this.evictExpired(now);
			this.windows.set(key, window);
		}
		return window;
	}

	private evictExpired(now: number): void {
		for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
		if (this.windows.size >= MAX_TRACKED) this.windows.clear();
	}
}

function retryAfter(start: number, now: number): number {
	return Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
}

/** A per-minute limit from an environment variable: a non-negative integer, else the default; 0 = off. */
export function perMinute(raw: string | undefined, fallback: number): number {
	if (raw === undefined || raw.trim() === "") return fallback;
	const value = Number(raw);
	return Number.isInteger(value) && value >= 0 ? value : fallback;
}
