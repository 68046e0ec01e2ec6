import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { executeLocalD1File } from "../../scripts/lib/d1";
import { percentile, serverTimingDb } from "../../scripts/lib/latency";
import { type ApiServer, startApi } from "../support/api-server";
import { bulkSeedCustomers } from "../support/bulk-seed";
import { apiFetch, createTeam } from "../support/team";
import type { Figure } from "./figure";

const CUSTOMERS = 100_000;
const DASHBOARD_REQUESTS = 7;
const TABLE_REQUESTS = 21;
const DAY_MS = 86_400_000;

/**
 * Manager insights on a team of 100,000 customers: GET /v1/team/insights (pyramid, curve, tier
 * movements from tier_history, churn list, per-salesperson counts) and GET /v1/customers/export
 * (stored tiers as streamed CSV, as of a day with the what-if scoring, and as .xlsx), each timed
 * to the last byte, beside D1's own SQL time; the team page's customer table (GET /v1/team/customers)
 * page by page, with and without filters and search; and the gzip size of the built charting chunk.
 */
export async function run(): Promise<Figure[]> {
	const api = await startApi({ vars: { RATE_LIMIT_PER_MINUTE: "0" } });
	const workDir = await mkdtemp(path.join(os.tmpdir(), "tierline-bench-insights-"));
	try {
		const team = await createTeam(api, "Insights Bench Co.");
		await api.stop();
		await bulkSeedCustomers({
			persistTo: api.persistTo,
			teamId: team.teamId,
			ownerId: team.admin.id,
			customers: CUSTOMERS,
			workDir,
			onProgress: (done, total) => process.stderr.write(`  seeded ${done}/${total} customers\n`),
		});
		await addHistoryAndOrders(api, team.teamId, workDir);
		await api.start();
		const figures: Figure[] = [];
		figures.push(...(await benchDashboard(api, team.token)));
		figures.push(...(await benchTable(api, team.token)));
		figures.push(await chartsChunkSize());
		const asOf = new Date(Date.now() - 60 * DAY_MS).toISOString().slice(0, 10);
		figures.push(...(await benchExport(api, team.token, "insights.export.csv", "")));
		figures.push(...(await benchExport(api, team.token, "insights.export.csv_as_of", `?asOf=${asOf}`)));
		figures.push(...(await benchExport(api, team.token, "insights.export.xlsx", "?format=xlsx")));
		return figures;
	} finally {
		await api.dispose();
		await rm(workDir, { recursive: true, force: true });
	}
}

/**
 * Revenue, churn flags and creation days spread over the seeded customers, an order or two each
 * (for the as-of scoring), and a tier history: everyone's tier since 90 days ago, one in ten
 * moved 20 days ago.
 */
async function addHistoryAndOrders(api: ApiServer, teamId: string, workDir: string): Promise<void> {
	const team = `'${teamId}'`;
	const file = path.join(workDir, "insights-extra.sql");
	await writeFile(
		file,
		`UPDATE customers SET
			revenue_12m_usd = CASE tier WHEN 'platinum' THEN 50000 + rowid * 7919 % 200000
				WHEN 'gold' THEN 10000 + rowid * 7919 % 40000 WHEN 'iron' THEN rowid * 7919 % 10000 ELSE 0 END,
			churn_flag = (rowid % 17 = 0),
			source = CASE rowid % 4 WHEN 0 THEN 'gmail' WHEN 1 THEN 'alibaba' WHEN 2 THEN 'import' ELSE 'manual' END,
			last_interaction_at = CASE WHEN rowid % 3 = 0 THEN NULL
				ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (rowid % 200) || ' days') END,
			churn_severity = CASE WHEN rowid % 17 = 0 THEN 'warning' ELSE 'none' END,
			created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (rowid % 400) || ' days'),
			owner_since = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (rowid % 400) || ' days')
		WHERE team_id = ${team};
		INSERT INTO orders (id, team_id, customer_id, amount, currency, amount_usd, date)
		SELECT 'ord_bench_a' || rowid, team_id, id, revenue_12m_usd / 2 + 100, 'USD', revenue_12m_usd / 2 + 100,
			date('now', '-' || (rowid % 300) || ' days')
		FROM customers WHERE team_id = ${team} AND tier <> 'lead';
		INSERT INTO orders (id, team_id, customer_id, amount, currency, amount_usd, date)
		SELECT 'ord_bench_b' || rowid, team_id, id, revenue_12m_usd / 2 + 50, 'EUR', revenue_12m_usd / 2 + 55,
			date('now', '-' || (rowid % 200 + 100) || ' days')
		FROM customers WHERE team_id = ${team} AND tier IN ('platinum', 'gold');
		UPDATE tier_history SET day = date('now', '-90 days') WHERE team_id = ${team};
		INSERT INTO tier_history (team_id, customer_id, day, tier)
		SELECT team_id, customer_id, date('now', '-20 days'),
			CASE tier WHEN 'platinum' THEN 'gold' WHEN 'gold' THEN 'platinum' WHEN 'iron' THEN 'gold' ELSE 'iron' END
		FROM tier_history WHERE team_id = ${team} AND rowid % 10 = 0;
		`,
	);
	await executeLocalD1File(api.persistTo, file);
}

async function benchDashboard(api: ApiServer, token: string): Promise<Figure[]> {
	const from = new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 10);
	const ms: number[] = [];
	const db: number[] = [];
	for (let i = 0; i < DASHBOARD_REQUESTS; i++) {
		const started = performance.now();
		const res = await apiFetch(api, token, `/v1/team/insights?from=${from}`);
		if (res.status !== 200) throw new Error(`insights answered ${res.status}: ${await res.text()}`);
		const body = (await res.json()) as { pyramid: { customers: number } };
		if (body.pyramid.customers !== CUSTOMERS) throw new Error(`insights counted ${body.pyramid.customers}`);
		ms.push(performance.now() - started);
		db.push(serverTimingDb(res.headers.get("Server-Timing")) ?? Number.NaN);
	}
	return [
		{ name: "insights.dashboard.first", value: ms[0] ?? 0, unit: "ms" },
		{ name: "insights.dashboard.p50", value: percentile(ms, 50), unit: "ms" },
		{ name: "insights.dashboard.max", value: Math.max(...ms), unit: "ms" },
		{ name: "insights.dashboard.db.p50", value: percentile(db, 50), unit: "ms" },
	];
}

/** One export read to its last byte: time, rows (CSV) or bytes, and rows per second. */
async function benchExport(api: ApiServer, token: string, name: string, query: string): Promise<Figure[]> {
	const started = performance.now();
	const res = await apiFetch(api, token, `/v1/customers/export${query}`);
	if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${await res.text()}`);
	const firstByte = performance.now() - started;
	const bytes = new Uint8Array(await res.arrayBuffer());
	const seconds = (performance.now() - started) / 1000;
	const figures: Figure[] = [
		{ name: `${name}.first_byte`, value: firstByte, unit: "ms" },
		{ name: `${name}.time`, value: seconds, unit: "s" },
		{ name: `${name}.size`, value: bytes.length / 1024 / 1024, unit: "MiB" },
	];
	if (!query.includes("xlsx")) {
		let lines = 0;
		for (const b of bytes) if (b === 0x0a) lines++;
		const rows = lines - 1;
		if (rows !== CUSTOMERS) throw new Error(`${name}: ${rows} rows, expected ${CUSTOMERS}`);
		figures.push({ name: `${name}.rows_per_s`, value: rows / seconds, unit: "rows/s" });
	} else {
		figures.push({ name: `${name}.rows_per_s`, value: CUSTOMERS / seconds, unit: "rows/s" });
	}
	return figures;
}

/**
 * Table pages of 50 (the page's size): the first page (with its count of every match) and the page
 * after it (by cursor), unfiltered and filtered, a search by name (a scan) and by email (the
 * identities index), and the last-contact order. p50 and p95 of each, to the last byte.
 */
async function benchTable(api: ApiServer, token: string): Promise<Figure[]> {
	const week = new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10);
	const cases: Array<[string, string]> = [
		["plain", ""],
		["filtered", "&tier=gold&country=DE&pool=false&source=alibaba&sort=revenue&dir=desc"],
		["last_contact", `&sort=lastContact&dir=desc&lastContactTo=${week}`],
		["search_name", `&q=${encodeURIComponent("Company 4242")}`],
		["search_email", `&q=${encodeURIComponent("buyer77777@")}`],
	];
	const figures: Figure[] = [];
	for (const [name, query] of cases) {
		const first: number[] = [];
		const next: number[] = [];
		for (let i = 0; i < TABLE_REQUESTS; i++) {
			const started = performance.now();
			const res = await apiFetch(api, token, `/v1/team/customers?limit=50${query}`);
			if (res.status !== 200) throw new Error(`table ${name} answered ${res.status}: ${await res.text()}`);
			const body = (await res.json()) as { items: unknown[]; nextCursor: string | null; total: number };
			first.push(performance.now() - started);
			if (body.items.length === 0) throw new Error(`table ${name}: no rows`);
			if (body.nextCursor === null) continue;
			const again = performance.now();
			const res2 = await apiFetch(
				api,
				token,
				`/v1/team/customers?limit=50${query}&cursor=${body.nextCursor}`,
			);
			if (res2.status !== 200) throw new Error(`table ${name} page 2 answered ${res2.status}`);
			await res2.arrayBuffer();
			next.push(performance.now() - again);
		}
		figures.push(
			{ name: `insights.table.${name}.first.p50`, value: percentile(first, 50), unit: "ms" },
			{ name: `insights.table.${name}.first.p95`, value: percentile(first, 95), unit: "ms" },
		);
		if (next.length > 0) {
			figures.push(
				{ name: `insights.table.${name}.next.p50`, value: percentile(next, 50), unit: "ms" },
				{ name: `insights.table.${name}.next.p95`, value: percentile(next, 95), unit: "ms" },
			);
		}
	}
	return figures;
}

/**
 * The built charting code, gzipped: the dashboard's chunk and every chunk it imports (chart.js,
 * tree-shaken, shared with the model check's chart) — what opening the dashboard downloads.
 */
async function chartsChunkSize(): Promise<Figure> {
	const dir = path.join(".output", "chrome-mv3", "chunks");
	const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^charts-.*\.js$/.test(n));
	if (names.length !== 1)
		throw new Error(`expected one charts chunk in ${dir} (run npm run build): ${names}`);
	const seen = new Set<string>();
	let gzipped = 0;
	const visit = async (name: string): Promise<void> => {
		if (seen.has(name)) return;
		seen.add(name);
		const bytes = await readFile(path.join(dir, name));
		gzipped += gzipSync(bytes, { level: 9 }).length;
		for (const [, imported] of bytes.toString("utf8").matchAll(/from"\.\/([\w.-]+\.js)"/g)) {
			if (imported) await visit(imported);
		}
	};
	await visit(names[0] ?? "");
	return { name: "insights.charts_chunk.gzip", value: gzipped / 1024, unit: "KiB" };
}
