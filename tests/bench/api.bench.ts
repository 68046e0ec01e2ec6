import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { LookupRequest } from "../../shared/schema";
import { type ApiServer, startApi } from "../support/api-server";
import { type BulkSeedResult, bulkSeedCustomers } from "../support/bulk-seed";
import { measureHealth, measureRequests, type RequestSample, summarize } from "../support/request-measure";
import { apiFetch, createTeam } from "../support/team";
import type { Figure } from "./figure";

const CUSTOMERS = 100_000;
const LOOKUP_REQUESTS = 300;
const LOOKUP_KEYS = 100;
const SEQUENTIAL_CAPTURES = 300;
const CONCURRENT_CAPTURES = 400;
const CONCURRENCY = 8;

/**
 * The API under load on a realistic team: 100,000 customers (~250,000 identities) in local D1,
 * then /v1/lookup latency with 100 keys and capture throughput, each beside D1's own SQL time.
 */
export async function run(): Promise<Figure[]> {
	// The per-member rate limit (600/min by default) is off: the bench sends ~1,000 requests a minute.
	const api = await startApi({ vars: { RATE_LIMIT_PER_MINUTE: "0" } });
	const workDir = await mkdtemp(path.join(os.tmpdir(), "tierline-bench-sql-"));
	try {
		const team = await createTeam(api, "Bench Trading Co.");
		const { figures: seedFigures, seeded } = await seed(api, team.teamId, team.admin.id, workDir);
		const figures = [...seedFigures];
		figures.push(...(await measureHealth(api)));
		figures.push(...(await benchLookups(api, team.token, seeded)));
		// The seeded customers are the admin's: a salesperson's lookups answer them restricted.
		const sales = await addSales(api, team.token);
		figures.push(...(await benchLookups(api, sales, seeded, `api.lookup${LOOKUP_KEYS}.restricted`)));
		const capture = (name: string, count: number, concurrency: number) =>
			benchCaptures(api, team.token, seeded, name, count, concurrency);
		figures.push(...(await capture("api.capture.sequential", SEQUENTIAL_CAPTURES, 1)));
		figures.push(
			...(await capture(`api.capture.concurrent${CONCURRENCY}`, CONCURRENT_CAPTURES, CONCURRENCY)),
		);
		return figures;
	} finally {
		await api.dispose();
		await rm(workDir, { recursive: true, force: true });
	}
}

/** Bulk-loads the customers with the API stopped (one writer at a time), then starts it again. */
async function seed(api: ApiServer, teamId: string, ownerId: string, workDir: string) {
	await api.stop();
	const started = performance.now();
	const seeded = await bulkSeedCustomers({
		persistTo: api.persistTo,
		teamId,
		ownerId,
		customers: CUSTOMERS,
		workDir,
		onProgress: (done, total) => process.stderr.write(`  seeded ${done}/${total} customers\n`),
	});
	const seconds = (performance.now() - started) / 1000;
	await api.start();
	const figures: Figure[] = [
		{ name: "api.seed.customers", value: seeded.customers, unit: "customers" },
		{ name: "api.seed.identities", value: seeded.identities, unit: "identities" },
		{ name: "api.seed.time", value: seconds, unit: "s" },
	];
	return { figures, seeded };
}

/** A sales member of the team and their token. */
async function addSales(api: ApiServer, adminToken: string): Promise<string> {
	const member = await apiFetch(api, adminToken, "/v1/members", {
		body: { name: "Bench Sales", email: "bench.sales@example.com", role: "sales" },
	});
	const { id } = (await member.json()) as { id: string };
	const token = await apiFetch(api, adminToken, "/v1/tokens", { body: { memberId: id } });
	return ((await token.json()) as { token: string }).token;
}

async function benchLookups(
	api: ApiServer,
	token: string,
	seeded: BulkSeedResult,
	name = `api.lookup${LOOKUP_KEYS}`,
): Promise<Figure[]> {
	let n = 0;
	const send = () => {
		const body = lookupBody(seeded, n++);
		return timedPost(api, token, "/v1/lookup", body, {}, { check: expectMatches });
	};
	await measureRequests(20, 1, send); // warm-up, not counted
	const samples = await measureRequests(LOOKUP_REQUESTS, 1, send);
	return summarize(name, samples);
}

function expectMatches(json: unknown): void {
	const matches = (json as { matches?: Record<string, unknown> }).matches ?? {};
	if (Object.keys(matches).length === 0) throw new Error("A lookup with known keys matched nothing");
}

/** 100 keys: 60 that exist (emails, domains, buyer ids) and 40 that do not. */
function lookupBody(seeded: BulkSeedResult, round: number): LookupRequest {
	const { emails, domains, buyerIds } = seeded.knownKeys;
	const take = (list: string[], count: number, offset: number) =>
		Array.from({ length: count }, (_, i) => list[(offset + i * 7919) % list.length] as string);
	return {
		emails: [
			...take(emails, 35, round * 35),
			...Array.from({ length: 20 }, (_, i) => `nobody${round}-${i}@unknown.example.net`),
		],
		domains: [
			...take(domains, 15, round * 15),
			...Array.from({ length: 10 }, (_, i) => `unknown-${round}-${i}.example.net`),
		],
		buyerIds: [
			...take(buyerIds, 10, round * 10),
			...Array.from({ length: 10 }, (_, i) => `nobuyer${round}x${i}`),
		],
	};
}

/** New buyers (each at its own corporate domain, so each is a new customer), and every tenth capture a known buyer's email (the dedupe-and-merge path). */
async function benchCaptures(
	api: ApiServer,
	token: string,
	seeded: BulkSeedResult,
	name: string,
	count: number,
	concurrency: number,
): Promise<Figure[]> {
	const run = randomUUID().slice(0, 8);
	let n = 0;
	const measured = await measureRequests(count, concurrency, () => {
		const i = n++;
		const known =
			i % 10 === 9 ? seeded.knownKeys.emails[(i * 13) % seeded.knownKeys.emails.length] : undefined;
		const body = {
			source: "gmail",
			contact: { name: `New Buyer ${i}`, email: known ?? `buyer${i}@newco-${i}-${run}.com` },
			company: { name: `New Co ${run} ${i}`, country: "US" },
		};
		return timedPost(
			api,
			token,
			"/v1/captures",
			body,
			{ "idempotency-key": randomUUID() },
			{ retryConflicts: true },
		);
	});
	const retries = measured.samples.reduce((sum, sample) => sum + (sample.retries ?? 0), 0);
	return [
		...summarize(name, measured, "captures/s"),
		{ name: `${name}.retries`, value: retries, unit: "retries" },
	];
}

const MAX_CONFLICT_RETRIES = 10;

/**
 * One request, timed end to end. With retryConflicts, a 409 is retried with the same body and
 * Idempotency-Key after a short jittered pause, as the extension's outbox does; the sample then
 * covers all attempts and sums their SQL time.
 */
async function timedPost(
	api: ApiServer,
	token: string,
	pathname: string,
	body: unknown,
	headers: Record<string, string>,
	options: { check?: (json: unknown) => void; retryConflicts?: boolean } = {},
): Promise<RequestSample> {
	const started = performance.now();
	const timings: string[] = [];
	for (let attempt = 0; ; attempt++) {
		const response = await fetch(`${api.url}${pathname}`, {
			method: "POST",
			headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(30_000),
		});
		const text = await response.text();
		const timing = response.headers.get("server-timing");
		if (timing) timings.push(timing);
		if (response.status === 409 && options.retryConflicts && attempt < MAX_CONFLICT_RETRIES) {
			await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
			continue;
		}
		if (!response.ok) throw new Error(`POST ${pathname} answered ${response.status}: ${text.slice(0, 300)}`);
		options.check?.(JSON.parse(text));
		return { ms: performance.now() - started, serverTiming: timings.join(", "), retries: attempt };
	}
}
