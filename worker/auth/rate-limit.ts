import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { rateLimited } from "../http/problem";

const WINDOW_MS = 60_000;
const DEFAULT_PER_MINUTE = 600;
const MAX_TRACKED = 10_000;

/**
 * Fixed one-minute window per API token, counted in this isolate's memory.
 *
 * Why not D1 (a rate_limits table): it would turn every read into a write on D1's single primary,
 * adding a write's latency to each lookup. The price of counting in memory: Cloudflare runs several
 * isolates (and locations), each with its own counter, so the real ceiling is a multiple of the
 * limit, and counts reset when an isolate is recycled. That is enough to stop a runaway client;
 * a hard global limit would use the Workers Rate Limiting binding instead.
 */
const windows = new Map<string, { start: number; count: number }>();

export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
	const limit = perMinute(c.env.RATE_LIMIT_PER_MINUTE);
	if (limit > 0) {
		const now = Date.now();
		const key = c.var.auth.tokenId;
		let window = windows.get(key);
		if (window === undefined || now - window.start >= WINDOW_MS) {
			if (windows.size >= MAX_TRACKED) evictExpired(now);
			window = { start: now, count: 0 };
			windows.set(key, window);
		}
		window.count += 1;
		if (window.count > limit) {
			throw rateLimited(Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)));
		}
	}
	await next();
});

function perMinute(raw: string | undefined): number {
	if (raw === undefined || raw.trim() === "") return DEFAULT_PER_MINUTE;
	const value = Number(raw);
	return Number.isInteger(value) && value >= 0 ? value : DEFAULT_PER_MINUTE;
}

function evictExpired(now: number): void {
	for (const [key, window] of windows) if (now - window.start >= WINDOW_MS) windows.delete(key);
	if (windows.size >= MAX_TRACKED) windows.clear();
}
