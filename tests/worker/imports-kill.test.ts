import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { StagedImport } from "../../shared/import/wire";
import app from "../../worker/index";
import { runScheduled } from "../../worker/rescore/drive";
import { csvOf, rows, SLOW } from "./imports-support";
import { BASE_URL, createTeam, send } from "./support";

const ROWS = 1_500;
const CHUNK = { IMPORT_CHUNK_ROWS: "1000" };

function customersCsv(prefix: string): string {
	return csvOf(
		["email", "company", "country"],
		Array.from({ length: ROWS }, (_, i) => [
			`buyer${i}@${prefix}-${i}.com`,
			`${prefix} Trading ${i}`,
			"Germany",
		]),
	);
}

/**
 * The D1 binding of a process that is killed while loading: the first batches pass, then, when it
 * is about to write its `killAt`-th chunk of customers, every call fails — nothing after that
 * (not even the loader's own rollback) reaches the database, as when the isolate dies.
 */
function dyingD1(killAt: number): D1Database {
	const real = env.DB;
	let customerInserts = 0;
	let dead = false;
	const check = () => {
		if (dead) throw new Error("the process was killed");
	};
	return {
		prepare(query: string) {
			check();
			if (query.startsWith("INSERT INTO customers")) customerInserts += 1;
			return real.prepare(query);
		},
		async batch(statements: D1PreparedStatement[]) {
			check();
			if (customerInserts >= killAt) {
				dead = true;
				check();
			}
			return real.batch(statements);
		},
		exec(query: string) {
			check();
			return real.exec(query);
		},
	} as unknown as D1Database;
}

async function stage(token: string, csv: string): Promise<string> {
	const res = await send("/v1/imports/staged", { method: "POST", token });
	const { id } = (await res.json()) as StagedImport;
	const put = await send(`/v1/imports/${id}/parts/0`, { method: "PUT", token, body: { csv, firstRow: 2 } });
	expect(put.status).toBe(200);
	return id;
}

const commit = (token: string, id: string, db: D1Database = env.DB) =>
	app.request(
		`${BASE_URL}/v1/imports/${id}/commit`,
		{
			method: "POST",
			headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
			body: "{}",
		},
		{ ...env, ...CHUNK, DB: db },
	);

async function visibleCount(token: string, prefix: string): Promise<number> {
	const list = await send(`/v1/customers?q=${prefix}&limit=200`, { token });
	const lookup = await send("/v1/lookup", { token, body: { emails: [`buyer7@${prefix}-7.com`] } });
	const sync = await send("/v1/sync?limit=1000", { token });
	const listed = ((await list.json()) as { items: unknown[] }).items.length;
	const found = Object.keys(((await lookup.json()) as { matches: object }).matches).length;
	const synced = (
		(await sync.json()) as { customers: Array<{ name: string }>; deleted: string[] }
	).customers.filter((c) => c.name.startsWith(prefix)).length;
	return listed + found + synced;
}

describe("an import killed while loading", () => {
	it(
		"leaves nothing visible; committing again rolls the remains back and resumes to the whole file",
		async () => {
			const { token, team } = await createTeam();
			const id = await stage(token, customersCsv("Kiel"));
			const killed = await commit(token, id, dyingD1(4));
			expect(killed.status).toBe(500);
			// Three chunks were written before the kill, all invisible.
			const leftovers = await rows<{ n: number }>(
				"SELECT count(*) AS n FROM customers WHERE team_id = ? AND deleted_at IS NOT NULL",
				team.id,
			);
			expect(leftovers[0]?.n).toBeGreaterThan(0);
			expect(leftovers[0]?.n).toBeLessThan(ROWS);
			expect(await visibleCount(token, "Kiel")).toBe(0);
			expect((await rows<{ state: string }>("SELECT state FROM imports WHERE id = ?", id))[0]?.state).toBe(
				"loading",
			);

			// While its lease runs, a second commit is refused rather than racing the (maybe live) loader.
			expect((await commit(token, id)).status).toBe(409);
			await env.DB.prepare("UPDATE imports SET expires_at = ? WHERE id = ?")
				.bind(new Date(Date.now() - 1000).toISOString(), id)
				.run();
			const resumed = await commit(token, id);
			expect(resumed.status).toBe(201);
			const counts = await rows<{ live: number; hidden: number }>(
				"SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NOT NULL) AS hidden FROM customers WHERE team_id = ?",
				team.id,
			);
			expect(counts[0]).toEqual({ live: ROWS, hidden: 0 });
			const identities = await rows<{ n: number }>(
				"SELECT count(*) AS n FROM identities WHERE team_id = ? AND kind = 'email'",
				team.id,
			);
			expect(identities[0]?.n).toBe(ROWS);
		},
		SLOW.timeout,
	);

	it(
		"is rolled back by the cron sweep once its lease lapses; the staged file can be committed again",
		async () => {
			const { token, team } = await createTeam();
			const id = await stage(token, customersCsv("Bonn"));
			expect((await commit(token, id, dyingD1(3))).status).toBe(500);
			await env.DB.prepare("UPDATE imports SET expires_at = ? WHERE id = ?")
				.bind(new Date(Date.now() - 1000).toISOString(), id)
				.run();
			await runScheduled(env);
			const left = await rows<{ n: number }>(
				"SELECT count(*) AS n FROM customers WHERE team_id = ?",
				team.id,
			);
			expect(left[0]?.n).toBe(0);
			const stray = await rows<{ n: number }>(
				"SELECT (SELECT count(*) FROM identities WHERE team_id = ?) + (SELECT count(*) FROM contacts WHERE team_id = ?) + (SELECT count(*) FROM audit_log WHERE team_id = ? AND entity = 'customer') AS n",
				team.id,
				team.id,
				team.id,
			);
			expect(stray[0]?.n).toBe(0);
			expect((await rows<{ state: string }>("SELECT state FROM imports WHERE id = ?", id))[0]?.state).toBe(
				"staging",
			);
			expect((await commit(token, id)).status).toBe(201);
			expect(await visibleCount(token, "Bonn")).toBeGreaterThan(0);
		},
		SLOW.timeout,
	);
});
