/**
 * Re-scoring a team of 100,000 customers (~280,000 orders) through the API after a settings change:
 * PUT /v1/team/scoring, then poll the job as a client would until it is done. Once in absolute
 * mode (chunks only) and once in percentile mode (the baseline pass over the team first).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { executeLocalD1File } from "../../scripts/lib/d1";
import { type ApiServer, startApi } from "../support/api-server";
import { bulkSeedCustomers } from "../support/bulk-seed";
import { apiFetch, createTeam } from "../support/team";
import type { Figure } from "./figure";

const CUSTOMERS = 100_000;
/** A watching client polls often: each poll of a job nobody is advancing also advances it (worker/rescore/drive.ts). */
const POLL_MS = 200;

interface Job {
	id: string;
	state: string;
	phase: string;
	total: number;
	done: number;
}

export async function run(): Promise<Figure[]> {
	const api = await startApi({ vars: { RATE_LIMIT_PER_MINUTE: "0" } });
	const workDir = await mkdtemp(path.join(os.tmpdir(), "tierline-rescore-bench-"));
	try {
		const team = await createTeam(api, "Rescore Bench Co.");
		const orders = await seed(api, team.teamId, team.admin.id, workDir);
		const absolute = await rescore(api, team.token, "absolute", {
			current: { mode: "absolute", revenueUsd: 100_000 },
			tiers: { mode: "absolute", current: 55, potential: 55 },
		});
		const percentile = await rescore(api, team.token, "percentile", {
			tiers: { platinumPercent: 6, goldPercent: 14 },
		});
		return [
			{ name: "rescore.seed.customers", value: CUSTOMERS, unit: "customers" },
			{ name: "rescore.seed.orders", value: orders, unit: "orders" },
			...absolute,
			...percentile,
		];
	} finally {
		await api.dispose();
		await rm(workDir, { recursive: true, force: true });
	}
}

/** 100,000 customers (bulk-seed.ts) and 0–6 orders each over two years, loaded with the API stopped. */
async function seed(api: ApiServer, teamId: string, ownerId: string, workDir: string): Promise<number> {
	await api.stop();
	await bulkSeedCustomers({
		persistTo: api.persistTo,
		teamId,
		ownerId,
		customers: CUSTOMERS,
		workDir,
		onProgress: (done, total) => process.stderr.write(`  seeded ${done}/${total} customers\n`),
	});
	const file = path.join(workDir, "orders.sql");
	await writeFile(
		file,
		`INSERT INTO orders (id, team_id, customer_id, amount, currency, amount_usd, date, reference, cancelled)
SELECT 'ord_bench_' || c.rowid || '_' || k.n, c.team_id, c.id,
  ((c.rowid * 7919 + k.n * 104729) % 100000) / 10.0 + 5,
  CASE k.n % 3 WHEN 0 THEN 'EUR' ELSE 'USD' END,
  ((c.rowid * 7919 + k.n * 104729) % 100000) / 10.0 + 5,
  date('now', '-' || ((c.rowid * 37 + k.n * 101) % 700) || ' days'),
  NULL,
  CASE WHEN (c.rowid + k.n) % 17 = 0 THEN 1 ELSE 0 END
FROM customers AS c
JOIN (SELECT value AS n FROM json_each('[1,2,3,4,5,6]')) AS k ON k.n <= c.rowid % 7
WHERE c.team_id = '${teamId}';
`,
	);
	await executeLocalD1File(api.persistTo, file);
	await api.start();
	let orders = 0;
	for (let i = 0; i < CUSTOMERS; i++) orders += i % 7; // rowids run 1…100,000 in this fresh database
	process.stderr.write(`  seeded about ${orders} orders\n`);
	return orders;
}

async function rescore(api: ApiServer, token: string, name: string, settings: unknown): Promise<Figure[]> {
	const started = performance.now();
	const res = await apiFetch(api, token, "/v1/team/scoring", { method: "PUT", body: settings });
	if (!res.ok) throw new Error(`PUT /v1/team/scoring answered ${res.status}: ${await res.text()}`);
	const answered = performance.now();
	let job = ((await res.json()) as { job: Job }).job;
	let polls = 0;
	while (job.state === "running") {
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		const poll = await apiFetch(api, token, `/v1/team/scoring/jobs/${job.id}`);
		if (!poll.ok) throw new Error(`GET job answered ${poll.status}: ${await poll.text()}`);
		job = (await poll.json()) as Job;
		polls++;
		if (polls % 10 === 0) process.stderr.write(`  ${name}: ${job.phase} ${job.done}/${job.total}\n`);
	}
	if (job.state !== "done" || job.done !== CUSTOMERS)
		throw new Error(`The ${name} re-score ended ${JSON.stringify(job)}`);
	const seconds = (performance.now() - started) / 1000;
	const figures: Figure[] = [
		{ name: `rescore.100k.${name}.time`, value: seconds, unit: "s" },
		{ name: `rescore.100k.${name}.rate`, value: Math.round(CUSTOMERS / seconds), unit: "customers/s" },
	];
	// The PUT itself works on the job for up to 2 s before answering (in percentile mode that covers the baseline pass).
	figures.push({ name: `rescore.100k.${name}.put_latency`, value: (answered - started) / 1000, unit: "s" });
	figures.push({ name: `rescore.100k.${name}.polls`, value: polls, unit: "polls" });
	return figures;
}
