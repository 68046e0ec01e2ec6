import { describe, expect, it } from "vitest";
import type { ImportSummary, StagedImport } from "../../shared/import/wire";
import { csvOf, ORDERS_HEADER, rows, SLOW } from "./imports-support";
import { waitForJob } from "./rescore-seed";
import { createTeam, expectProblem, send, tableCounts, unique } from "./support";

const PART_BYTES = 900_000;

/** Cuts a CSV into parts below the body limit, each with the header line, as the CLI does. */
function parts(csv: string): Array<{ csv: string; firstRow: number }> {
	const [header, ...lines] = csv.split("\n");
	const out: Array<{ csv: string; firstRow: number }> = [];
	let current: string[] = [];
	let bytes = 0;
	let firstRow = 2;
	lines.forEach((line, i) => {
		if (bytes + line.length + 1 > PART_BYTES && current.length > 0) {
			out.push({ csv: [header, ...current].join("\n"), firstRow });
			firstRow = i + 2;
			current = [];
			bytes = 0;
		}
		current.push(line);
		bytes += line.length + 1;
	});
	out.push({ csv: [header, ...current].join("\n"), firstRow });
	return out;
}

async function stage(token: string, csv: string): Promise<string> {
	const res = await send("/v1/imports/staged", { method: "POST", token });
	expect(res.status).toBe(201);
	const { id } = (await res.json()) as StagedImport;
	for (const [index, part] of parts(csv).entries()) {
		const put = await send(`/v1/imports/${id}/parts/${index}`, { method: "PUT", token, body: part });
		expect(put.status).toBe(200);
	}
	return id;
}

/** 50,000 invoice lines of 2,000 customers over the last two years, about 3 MB of CSV. */
function bigLedger(prefix: string): string {
	const day0 = Date.now() - 700 * 86_400_000;
	const lines = Array.from({ length: 50_000 }, (_, i) => {
		const account = 10_000 + ((i * 7919) % 2_000);
		const date = new Date(day0 + ((i * 37) % 690) * 86_400_000).toISOString().slice(0, 10);
		const cancelled = i % 23 === 0;
		const amount = ((i * 104_729) % 500_000) / 100 + 1;
		return [
			`${prefix}${i}`,
			account,
			i % 5 === 0 ? "Germany" : "United Kingdom",
			date,
			cancelled ? -amount : amount,
			"GBP",
			1 + (i % 30),
			cancelled,
		];
	});
	return csvOf(ORDERS_HEADER, lines);
}

describe("large imports in staged parts", () => {
	it(
		"imports a 50,000-line file as one, then answers a repeated commit without importing twice",
		SLOW,
		async () => {
			const team = await createTeam();
			const csv = bigLedger(unique("L"));
			expect(parts(csv).length).toBeGreaterThan(2);
			const id = await stage(team.token, csv);

			const before = await tableCounts();
			const dry = await send(`/v1/imports/${id}/commit`, { token: team.token, body: { dryRun: true } });
			expect(dry.status).toBe(200);
			expect(await dry.json()).toMatchObject({
				state: "dry_run",
				rows: 50_000,
				customers: { created: 2_000 },
				orders: { added: 50_000 },
			});
			expect(await tableCounts()).toEqual(before);

			const res = await send(`/v1/imports/${id}/commit`, { token: team.token, body: {} });
			expect(res.status).toBe(201);
			const summary = (await res.json()) as ImportSummary;
			expect(summary).toMatchObject({
				importId: id,
				state: "committed",
				rows: 50_000,
				orderRows: 50_000,
				customers: { created: 2_000, matched: 0 },
				orders: { added: 50_000, duplicates: 0 },
				problemCount: 0,
			});
			const [counts] = await rows<{ orders: number; customers: number; parts: number }>(
				`SELECT (SELECT count(*) FROM orders WHERE team_id = ?1) AS orders,
			        (SELECT count(*) FROM customers WHERE team_id = ?1) AS customers,
			        (SELECT count(*) FROM import_parts WHERE import_id = ?2) AS parts`,
				team.team.id,
				id,
			);
			expect(counts).toEqual({ orders: 50_000, customers: 2_000, parts: 0 });

			const job = await waitForJob(team.token, summary.job?.id ?? "", 110_000);
			expect(job).toMatchObject({ state: "done", total: 2_000, done: 2_000 });
			const unscored = await rows(
				"SELECT id FROM customers WHERE team_id = ? AND scored_at IS NULL",
				team.team.id,
			);
			expect(unscored).toEqual([]);

			const again = await send(`/v1/imports/${id}/commit`, { token: team.token, body: {} });
			expect(again.status).toBe(200);
			expect(await again.json()).toMatchObject({
				importId: id,
				state: "committed",
				orders: { added: 50_000 },
			});
			const record = (await (await send(`/v1/imports/${id}`, { token: team.token })).json()) as StagedImport;
			expect(record).toMatchObject({
				state: "committed",
				rows: 50_000,
				summary: { orders: { added: 50_000 } },
			});
			expect((await rows("SELECT id FROM orders WHERE team_id = ?", team.team.id)).length).toBe(50_000);
		},
	);

	it(
		"reports problems with the row numbers of the whole file, whichever part they are in",
		SLOW,
		async () => {
			const team = await createTeam();
			const lines = bigLedger(unique("P")).split("\n");
			lines[40_001] = lines[40_001]?.replace(/,GBP,/, ",QQQ,") ?? "";
			const id = await stage(team.token, lines.join("\n"));
			const before = await tableCounts();
			const problem = await expectProblem(
				await send(`/v1/imports/${id}/commit`, { token: team.token, body: {} }),
				422,
			);
			expect(problem.errors).toEqual([
				{ path: "rows.40002.currency", message: expect.stringMatching(/Unknown currency "QQQ"/) },
			]);
			expect(await tableCounts()).toEqual(before);
		},
	);

	it("refuses parts with another header, and a commit with nothing staged", async () => {
		const team = await createTeam();
		const created = (await (
			await send("/v1/imports/staged", { method: "POST", token: team.token })
		).json()) as StagedImport;
		await expectProblem(await send(`/v1/imports/${created.id}/commit`, { token: team.token, body: {} }), 422);
		const one = csvOf(["account", "date", "amount", "currency"], [["1", "2024-01-01", "5", "USD"]]);
		const other = csvOf(["account", "date", "total", "currency"], [["2", "2024-01-01", "5", "USD"]]);
		await send(`/v1/imports/${created.id}/parts/0`, {
			method: "PUT",
			token: team.token,
			body: { csv: one, firstRow: 2 },
		});
		const retried = await send(`/v1/imports/${created.id}/parts/1?firstRow=3`, {
			method: "PUT",
			token: team.token,
			raw: other,
			headers: { "Content-Type": "text/csv" },
		});
		expect(await retried.json()).toMatchObject({ state: "staging", parts: 2 });
		const problem = await expectProblem(
			await send(`/v1/imports/${created.id}/commit`, { token: team.token, body: {} }),
			422,
		);
		expect(problem.errors?.[0]?.message).toBe("Part 2 has another header than the first part");
	});
});
