import { percentile, serverTimingDb } from "../../scripts/lib/latency";
import type { Figure } from "../bench/figure";

export interface RequestSample {
	/** Client-observed latency over loopback. */
	ms: number;
	serverTiming: string | null;
	/** Attempts beyond the first (e.g. 409 retries), when the sender retries. */
	retries?: number;
}

export interface Measurement {
	samples: RequestSample[];
	wallMs: number;
}

/** Runs `count` requests with at most `concurrency` in flight (a bounded loop); returns samples and wall time. */
export async function measureRequests(
	count: number,
	concurrency: number,
	send: () => Promise<RequestSample>,
): Promise<Measurement> {
	const samples: RequestSample[] = [];
	let issued = 0;
	const started = performance.now();
	const lane = async () => {
		while (issued < count) {
			issued++;
			samples.push(await send());
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
	return { samples, wallMs: performance.now() - started };
}

/**
 * Latency (p50, p99, mean) beside D1's own SQL time from `Server-Timing: db;dur=` (p50, p99, mean),
 * the overhead ratio mean latency / mean SQL time, and the request rate when `rateUnit` is given.
 */
export function summarize(prefix: string, { samples, wallMs }: Measurement, rateUnit?: string): Figure[] {
	const latency = samples.map((s) => s.ms);
	const db = samples.map((s) => serverTimingDb(s.serverTiming));
	const missing = db.filter((d) => d === undefined).length;
	if (missing > 0)
		throw new Error(`${prefix}: ${missing} of ${samples.length} responses had no Server-Timing db;dur`);
	const dbMs = db as number[];
	const meanLatency = mean(latency);
	const meanDb = mean(dbMs);
	const figures: Figure[] = [];
	if (rateUnit)
		figures.push({ name: `${prefix}.rate`, value: samples.length / (wallMs / 1000), unit: rateUnit });
	figures.push(
		{ name: `${prefix}.p50`, value: percentile(latency, 50), unit: "ms" },
		{ name: `${prefix}.p99`, value: percentile(latency, 99), unit: "ms" },
		{ name: `${prefix}.mean`, value: meanLatency, unit: "ms" },
		{ name: `${prefix}.db.p50`, value: percentile(dbMs, 50), unit: "ms" },
		{ name: `${prefix}.db.p99`, value: percentile(dbMs, 99), unit: "ms" },
		{ name: `${prefix}.db.mean`, value: meanDb, unit: "ms" },
	);
	// Local D1 reports whole milliseconds; a mean of 0 would make the ratio meaningless.
	if (meanDb > 0) figures.push({ name: `${prefix}.overhead`, value: meanLatency / meanDb, unit: "x" });
	return figures;
}

function mean(values: number[]): number {
	return values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
}

/**
 * The local floor: GET /v1/health (no D1 query) through the same `wrangler dev`, sequentially.
 * Locally the dev server adds most of each request's time; every API latency is read against this.
 */
export async function measureHealth(
	api: { url: string },
	prefix = "api.health",
	count = 300,
): Promise<Figure[]> {
	const send = async (): Promise<RequestSample> => {
		const started = performance.now();
		const response = await fetch(`${api.url}/v1/health`);
		await response.text();
		if (!response.ok) throw new Error(`GET /v1/health answered ${response.status}`);
		return { ms: performance.now() - started, serverTiming: response.headers.get("server-timing") };
	};
	await measureRequests(20, 1, send); // warm-up, not counted
	return summarize(prefix, await measureRequests(count, 1, send));
}
