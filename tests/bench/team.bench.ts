/**
 * The team page and the team-wide work behind it:
 * - the team page's first render (the members table with customers by tier) for a team of 10,000
 *   customers, in Chromium with the built extension, and the gzip size of the scripts it loads;
 * - a handover of 2,000 customers (POST /v1/team/handover, spread over two colleagues);
 * - the pool sweep over 100,000 customers due for release (the cron trigger, run until done): its
 *   time and batches, with another team's requests timed around it.
 * The local floor, GET /v1/health through the same `wrangler dev`, is printed first.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { percentile } from "../../scripts/lib/latency";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import type { Member } from "../../shared/schema";
import { type ApiServer, startApi } from "../support/api-server";
import { configureExtension, launchExtension } from "../support/browser";
import { bulkSeedCustomers } from "../support/bulk-seed";
import { measureHealth, type RequestSample, summarize } from "../support/request-measure";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import type { Figure } from "./figure";

const PAGE_CUSTOMERS = 10_000;
const HANDOVER_CUSTOMERS = 2_000;
const SWEEP_CUSTOMERS = 100_000;
const RENDERS = 5;

export async function run(): Promise<Figure[]> {
	const workDir = await mkdtemp(path.join(os.tmpdir(), "tierline-bench-team-"));
	try {
		return [
			...(await withApi(async (api) => [
				...(await measureHealth(api, "team.api.health")),
				...(await firstRender(api, workDir)),
			])),
			...(await teamPageScripts()),
			...(await withApi((api) => handover(api, workDir))),
			...(await withApi((api) => poolSweep(api, workDir))),
		];
	} finally {
		await rm(workDir, { recursive: true, force: true });
	}
}

/** What the worker logs of its pool sweeps ("pool sweep: released N customers of T team(s) in B batches"). */
const sweepLines: string[] = [];

/** Each measurement on an API of its own: the bulk seed's ids repeat from one seed to the next. */
async function withApi(measure: (api: ApiServer) => Promise<Figure[]>): Promise<Figure[]> {
	const api = await startApi({
		vars: { RATE_LIMIT_PER_MINUTE: "0" },
		logLevel: "log",
		onLine: (line) => {
			if (line.includes("pool sweep:")) sweepLines.push(line);
		},
	});
	try {
		return await measure(api);
	} finally {
		await api.dispose();
	}
}

async function seed(api: ApiServer, team: TestTeam, ownerId: string, customers: number, workDir: string) {
	console.error(`  seeding ${customers} customers`);
	await bulkSeedCustomers({ persistTo: api.persistTo, teamId: team.teamId, ownerId, customers, workDir });
}

/** Navigation to the first member row of team.html, median of RENDERS loads (the first warms up). */
async function firstRender(api: ApiServer, workDir: string): Promise<Figure[]> {
	const team = await createTeam(api, "Team Page Bench");
	await seed(api, team, team.admin.id, PAGE_CUSTOMERS, workDir);
	const browser = await launchExtension();
	try {
		await (await configureExtension(browser, api.url, team.token)).close();
		const page = await browser.openExtensionPage("team.html");
		await page.getByTestId("member-row").first().waitFor({ timeout: 60_000 });
		const renders: number[] = [];
		for (let i = 0; i < RENDERS; i++) {
			await page.reload();
			await page.getByTestId("member-row").first().waitFor({ timeout: 60_000 });
			renders.push(await page.evaluate(() => performance.now()));
		}
		return [{ name: `team.page.first-render.${PAGE_CUSTOMERS}`, value: percentile(renders, 50), unit: "ms" }];
	} finally {
		await browser.close();
	}
}

/** gzip (level 9) of the scripts team.html loads: its entry and every chunk that entry imports. */
async function teamPageScripts(): Promise<Figure[]> {
	const root = path.join(REPO_ROOT, ".output/chrome-mv3");
	const html = await readFile(path.join(root, "team.html"), "utf8").catch(() => {
		throw new Error("No built extension: run `npm run build` first");
	});
	const pending = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
	const seen = new Set<string>();
	let bytes = 0;
	while (pending.length > 0) {
		const file = pending.pop() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = await readFile(path.join(root, file));
		bytes += gzipSync(code, { level: 9 }).length;
		for (const m of code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) {
			const imported = path.posix.join(path.posix.dirname(file), (m[1] ?? m[2]) as string);
			// Dynamic imports load on demand, not on first render.
			if (m[1] !== undefined) pending.push(imported);
		}
	}
	return [
		{ name: "team.page.scripts.gzip", value: Math.round(bytes / 102.4) / 10, unit: "KB" },
		{ name: "team.page.scripts.files", value: seen.size, unit: "files" },
	];
}

async function addMember(api: ApiServer, team: TestTeam, name: string): Promise<Member> {
	const email = `${name.toLowerCase()}@bench.example.com`;
	const response = await apiFetch(api, team.token, "/v1/members", { body: { name, email, role: "sales" } });
	if (response.status !== 201) throw new Error(`POST /v1/members answered ${response.status}`);
	return (await response.json()) as Member;
}

/** A leaver's 2,000 customers spread over two colleagues (Platinum and Gold first), Leads to the pool. */
async function handover(api: ApiServer, workDir: string): Promise<Figure[]> {
	const team = await createTeam(api, "Handover Bench");
	const [leaver, first, second] = [
		await addMember(api, team, "Leaver"),
		await addMember(api, team, "Receiver1"),
		await addMember(api, team, "Receiver2"),
	];
	await seed(api, team, leaver.id, HANDOVER_CUSTOMERS, workDir);
	const started = performance.now();
	const response = await apiFetch(api, team.token, "/v1/team/handover", {
		body: {
			fromMemberId: leaver.id,
			receivers: [first.id, second.id],
			tiers: { platinum: "spread", gold: "spread", iron: "spread", lead: "pool" },
		},
	});
	const ms = performance.now() - started;
	if (!response.ok) throw new Error(`The handover answered ${response.status}: ${await response.text()}`);
	const [left] = await d1Query<{ n: number }>(
		api,
		`SELECT count(*) AS n FROM customers WHERE owner_id = '${leaver.id}' AND in_pool = 0`,
	);
	if (left?.n !== 0) throw new Error(`The leaver still owns ${left?.n} customers after the handover`);
	return [{ name: `team.handover.${HANDOVER_CUSTOMERS}`, value: ms, unit: "ms" }];
}

/** Customers released so far, as the worker's sweep logs say ("pool sweep: released N customers …"). */
const releasedSoFar = () =>
	sweepLines.reduce((sum, line) => sum + Number(/released (\d+) customers/.exec(line)?.[1] ?? 0), 0);

/**
 * 100,000 customers nobody followed up for 200 days, releaseAfterDays 90: the cron trigger runs
 * until every one is in the pool (each run releases up to 40 batches of 500), while another team
 * lists its customers one request after another.
 */
async function poolSweep(api: ApiServer, workDir: string): Promise<Figure[]> {
	const team = await createTeam(api, "Pool Sweep Bench");
	const other = await createTeam(api, "Other Team");
	await seed(api, team, team.admin.id, SWEEP_CUSTOMERS, workDir);
	const longAgo = new Date(Date.now() - 200 * 86_400_000).toISOString();
	await d1Query(api, `UPDATE customers SET created_at = '${longAgo}' WHERE team_id = '${team.teamId}'`);
	const rules = {
		releaseAfterDays: 90,
		warnDaysBefore: null,
		protectDaysAfterClaim: null,
		maxOwnedPerMember: null,
		maxOwnedPerTier: {},
		reclaimCooldownDays: null,
	};
	const saved = await apiFetch(api, team.token, "/v1/team/pool-rules", { method: "PUT", body: rules });
	if (!saved.ok) throw new Error(`PUT /v1/team/pool-rules answered ${saved.status}: ${await saved.text()}`);

	let sweeping = true;
	const samples: RequestSample[] = [];
	const lane = (async () => {
		while (sweeping) {
			const started = performance.now();
			const response = await apiFetch(api, other.token, "/v1/customers?limit=50");
			await response.text();
			if (!response.ok) throw new Error(`The other team's list answered ${response.status}`);
			samples.push({ ms: performance.now() - started, serverTiming: response.headers.get("server-timing") });
		}
	})();
	let runs = 0;
	sweepLines.length = 0;
	let sweepMs = 0;
	let released = 0;
	try {
		while (released < SWEEP_CUSTOMERS && runs < 20) {
			const started = performance.now();
			const triggered = await fetch(`${api.url}/cdn-cgi/handler/scheduled`);
			await triggered.text();
			sweepMs += performance.now() - started;
			runs += 1;
			// The run's log line may follow its answer by a moment; a run that released nothing logs none.
			for (let i = 0; i < 30 && releasedSoFar() === released; i++)
				await new Promise((r) => setTimeout(r, 100));
			const now = releasedSoFar();
			if (now === released) break;
			released = now;
			console.error(`  sweep run ${runs}: ${released}/${SWEEP_CUSTOMERS} in the pool`);
		}
	} finally {
		sweeping = false;
		await lane;
	}
	if (released !== SWEEP_CUSTOMERS) throw new Error(`Only ${released} of ${SWEEP_CUSTOMERS} were released`);
	const batches = sweepLines.reduce((sum, line) => sum + Number(/in (\d+) batches/.exec(line)?.[1] ?? 0), 0);
	return [
		{ name: `team.pool-sweep.${SWEEP_CUSTOMERS}.time`, value: sweepMs / 1000, unit: "s" },
		{ name: `team.pool-sweep.${SWEEP_CUSTOMERS}.runs`, value: runs, unit: "cron runs" },
		{ name: `team.pool-sweep.${SWEEP_CUSTOMERS}.batches`, value: batches, unit: "batches" },
		{ name: "team.pool-sweep.other_team.answered", value: samples.length, unit: "requests" },
		...summarize("team.pool-sweep.other_team.list", { samples, wallMs: sweepMs }),
	];
}
