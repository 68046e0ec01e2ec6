import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ProblemError, rateLimited } from "../http/problem";
import { FixedWindows, perMinute } from "./fixed-windows";

const FAILURES_DEFAULT = 60;

const failures = new FixedWindows();

/** The client's address as Cloudflare reports it; one bucket for callers without one (local tools). */
function clientAddress(c: Context<AppEnv>): string {
	return c.req.header("CF-Connecting-IP") ?? "unknown";
}

function limitOf(c: Context<AppEnv>): number {
	return perMinute(c.env.AUTH_FAILURES_PER_MINUTE, FAILURES_DEFAULT);
}

/**
 * 429 for an address that failed authentication too often this minute — before the token is hashed
 * or any D1 query runs, so guessing tokens (member or operator) costs the database nothing.
 */
export function refuseThrottledAddress(c: Context<AppEnv>): void {
	const limit = limitOf(c);
	if (limit === 0) return;
	const wait = failures.over(clientAddress(c), limit);
	if (wait > 0) throw rateLimited(wait);
}

/** Runs an authentication; a 401 it throws counts as a failure of the client's address. */
export async function withFailedAuthCounted(c: Context<AppEnv>, check: () => Promise<void>): Promise<void> {
	try {
		await check();
	} catch (error) {
		if (error instanceof ProblemError && error.status === 401 && limitOf(c) > 0) {
			failures.hit(clientAddress(c), limitOf(c));
		}
		throw error;
	}
}
