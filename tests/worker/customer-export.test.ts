import { env } from "cloudflare:test";
import { read, utils } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../shared/import/parse-csv";
import { CUSTOMER_EXPORT_COLUMNS } from "../../shared/schema/customer-export";
import type { TierSummary } from "../../shared/scoring/tier-summary";
import { seedCustomers, spreadOfCustomers } from "./rescore-seed";
import { addMember, createTeam, expectProblem, send } from "./support";

const exportCsv = (token: string, query = "") => send(`/v1/customers/export${query}`, { token });

/** The export as records keyed by column (the BOM checked and stripped). */
async function records(res: Response): Promise<Record<string, string>[]> {
	expect(res.status).toBe(200);
	expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
	const bytes = new Uint8Array(await res.arrayBuffer());
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = new TextDecoder().decode(bytes);
	expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
	expect(text.endsWith("\r\n")).toBe(true);
	const table = parseCsv(text);
	expect(table.header).toEqual([...CUSTOMER_EXPORT_COLUMNS]);
	return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.values[i] ?? ""])));
}

async function sql(query: string, ...params: unknown[]) {
	await env.DB.prepare(query)
		.bind(...params)
		.run();
}

describe("GET /v1/customers/export", () => {
	it("writes the columns with a BOM and CRLF rows, the account numbers and emails joined, and formulas neutralised", async () => {
		const team = await createTeam();
		const [plain, formula] = await seedCustomers(team.team.id, [
			{ name: "上海贸易有限公司", country: "CN", domain: "sh.example.cn", orders: [] },
			{ name: '=HYPERLINK("http://x")', country: "US", orders: [] },
		]);
		const id = plain?.id ?? "";
		for (const [n, value] of ["A-200", "A-100"].entries()) {
			await sql(
				"INSERT INTO identities (id, team_id, customer_id, kind, value) VALUES (?, ?, ?, 'account', ?)",
				`idn_${id}_${n}`,
				team.team.id,
				id,
				value,
			);
		}
		for (const [n, email] of ["b@sh.example.cn", "a@sh.example.cn"].entries()) {
			await sql(
				"INSERT INTO contacts (id, team_id, customer_id, email) VALUES (?, ?, ?, ?)",
				`con_${id}_${n}`,
				team.team.id,
				id,
				email,
			);
		}
		await sql("UPDATE customers SET owner_id = ? WHERE id = ?", team.admin.id, formula?.id);
		await sql("UPDATE members SET name = '@owner' WHERE id = ?", team.admin.id);

		const res = await exportCsv(team.token);
		expect(res.headers.get("Content-Disposition")).toMatch(
			/^attachment; filename="tierline-customers-\d{4}-\d{2}-\d{2}\.csv"$/,
		);
		const rows = await records(res);
		expect(rows.map((r) => r.id)).toEqual([plain?.id, formula?.id]);
		expect(rows[0]).toMatchObject({
			name: "上海贸易有限公司",
			domain: "sh.example.cn",
			country: "CN",
			owner: "",
			account: "A-100;A-200",
			emails: "a@sh.example.cn;b@sh.example.cn",
			tier: "lead",
			churn: "none",
			revenue_12m_usd: "0",
		});
		expect(rows[1]).toMatchObject({ name: '\'=HYPERLINK("http://x")', owner: "'@owner" });
	});

	it("filters by tier, owner, churn, pool, country, source, search and the created and last-contact days", async () => {
		const team = await createTeam();
		const sales = await addMember(team.token, "sales");
		const seeded = await seedCustomers(
			team.team.id,
			Array.from({ length: 6 }, (_, i) => ({
				name: `F${i}`,
				country: i % 2 === 0 ? "DE" : "US",
				orders: [],
			})),
		);
		const ids = seeded.map((c) => c.id);
		const set = (i: number, assignments: string, ...params: unknown[]) =>
			sql(`UPDATE customers SET ${assignments} WHERE id = ?`, ...params, ids[i]);
		await set(0, "tier = 'gold', owner_id = ?, churn_severity = 'warning', churn_flag = 1", sales.member.id);
		await set(1, "tier = 'gold', in_pool = 1, created_at = '2024-01-10T08:00:00.000Z'");
		await set(2, "tier = 'platinum', last_interaction_at = '2025-03-31T23:00:00.000Z'");
		await set(3, "last_interaction_at = '2025-04-01T01:00:00.000Z', created_at = '2024-01-11T00:00:00.000Z'");
		const idsOf = async (query: string) =>
			(await records(await exportCsv(team.token, query))).map((r) => r.id);

		expect(await idsOf("")).toEqual(ids);
		expect(await idsOf("?tier=gold")).toEqual([ids[0], ids[1]]);
		expect(await idsOf(`?owner=${sales.member.id}`)).toEqual([ids[0]]);
		expect(await idsOf("?churn=warning")).toEqual([ids[0]]);
		expect(await idsOf("?pool=true")).toEqual([ids[1]]);
		expect((await idsOf("?pool=false")).length).toBe(5);
		expect(await idsOf("?country=de")).toEqual([ids[0], ids[2], ids[4]]);
		expect(await idsOf("?createdFrom=2024-01-10&createdTo=2024-01-11")).toEqual([ids[1], ids[3]]);
		expect(await idsOf("?createdTo=2024-01-10")).toEqual([ids[1]]);
		expect(await idsOf("?lastContactFrom=2025-04-01")).toEqual([ids[3]]);
		expect(await idsOf("?lastContactTo=2025-03-31")).toEqual([ids[2]]);
		expect(await idsOf("?tier=gold&country=US")).toEqual([ids[1]]);
		await set(4, "source = 'alibaba'");
		await set(5, "source = 'import'");
		expect(await idsOf("?source=alibaba")).toEqual([ids[4]]);
		expect(await idsOf("?source=import&country=US")).toEqual([ids[5]]);
		expect(await idsOf("?q=F3")).toEqual([ids[3]]);

		for (const bad of [
			"?tier=bronze",
			"?pool=yes",
			"?country=Germany",
			"?createdFrom=2024-13-01",
			"?colour=red",
			"?source=fax",
		]) {
			await expectProblem(await exportCsv(team.token, bad), 422);
		}
	});

	it("scores every customer as of a day with the tiers of the as-of tier summary", {
		timeout: 120_000,
	}, async () => {
		const team = await createTeam();
		// More than one keyset page (1,000), with orders spread over the last 500 days.
		await seedCustomers(team.team.id, spreadOfCustomers(1_100));
		const asOf = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
		const summary = (await (
			await send(`/v1/team/scoring/summary?asOf=${asOf}`, { token: team.token })
		).json()) as TierSummary;
		const rows = await records(await exportCsv(team.token, `?asOf=${asOf}`));
		expect(rows.length).toBe(1_100);
		const counted = new Map<string, { customers: number; revenue: number }>();
		for (const r of rows) {
			const t = counted.get(r.tier ?? "") ?? { customers: 0, revenue: 0 };
			t.customers += 1;
			t.revenue += Number(r.revenue_12m_usd);
			counted.set(r.tier ?? "", t);
		}
		for (const tier of summary.tiers) {
			expect(counted.get(tier.tier)?.customers ?? 0).toBe(tier.customers);
			expect(counted.get(tier.tier)?.revenue ?? 0).toBeCloseTo(tier.revenue12mUsd, 0);
		}
		expect(summary.tiers.filter((t) => t.customers > 0).length).toBeGreaterThan(2);
		// Stored tiers are all "lead" (never re-scored): the as-of tiers are not the stored ones.
		expect(new Set(rows.map((r) => r.tier)).size).toBeGreaterThan(2);
		// The tier filter applies to the as-of tier.
		const gold = summary.tiers.find((t) => t.tier === "gold");
		const golds = await records(await exportCsv(team.token, `?asOf=${asOf}&tier=gold`));
		expect(golds.length).toBe(gold?.customers);
		expect(golds.every((r) => r.tier === "gold")).toBe(true);
	});

	it("never includes another team's customers, refuses salespeople and audits without the data", async () => {
		const team = await createTeam();
		const other = await createTeam();
		const [mine] = await seedCustomers(team.team.id, [{ name: "Mine", orders: [] }]);
		await seedCustomers(other.team.id, [{ name: "Theirs", orders: [] }]);
		const manager = await addMember(team.token, "manager");
		const sales = await addMember(team.token, "sales");

		const rows = await records(await exportCsv(manager.token, "?country=XX&pool=false"));
		expect(rows).toEqual([]);
		expect((await records(await exportCsv(manager.token))).map((r) => r.id)).toEqual([mine?.id]);
		const problem = await expectProblem(await exportCsv(sales.token), 403);
		expect(problem.detail).toMatch(/admin or manager/);

		const audit = (await (await send("/v1/audit?action=customer.export", { token: team.token })).json()) as {
			items: { actorId: string; after: unknown }[];
		};
		expect(audit.items.map((i) => i.actorId)).toEqual([manager.member.id, manager.member.id]);
		expect(audit.items[1]?.after).toEqual({ filters: { format: "csv", country: "XX", pool: false } });
		expect(JSON.stringify(audit.items)).not.toContain("Mine");
		const theirs = (await (
			await send("/v1/audit?action=customer.export", { token: other.token })
		).json()) as {
			items: unknown[];
		};
		expect(theirs.items).toEqual([]);
	});

	it("writes the same rows as an .xlsx workbook with format=xlsx, formulas kept as text", async () => {
		const team = await createTeam();
		const [first, second] = await seedCustomers(team.team.id, [
			{ name: "上海贸易有限公司", country: "CN", orders: [] },
			{ name: "=1+1", country: "US", orders: [] },
		]);
		await sql("UPDATE customers SET revenue_12m_usd = 1234.5, tier = 'gold' WHERE id = ?", first?.id);
		const res = await exportCsv(team.token, "?format=xlsx&country=CN");
		expect(res.status).toBe(200);
		expect(res.headers.get("Content-Type")).toBe(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		);
		expect(res.headers.get("Content-Disposition")).toMatch(/filename="tierline-customers-[\d-]+\.xlsx"$/);
		const book = read(new Uint8Array(await res.arrayBuffer()), { type: "array" });
		const sheet = book.Sheets[book.SheetNames[0] ?? ""];
		if (!sheet) throw new Error("no sheet");
		const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
		expect(rows[0]).toEqual([...CUSTOMER_EXPORT_COLUMNS]);
		expect(rows.length).toBe(2);
		const row = Object.fromEntries(CUSTOMER_EXPORT_COLUMNS.map((h, i) => [h, rows[1]?.[i]]));
		expect(row).toMatchObject({
			id: first?.id,
			name: "上海贸易有限公司",
			tier: "gold",
			revenue_12m_usd: 1234.5,
		});

		const all = read(new Uint8Array(await (await exportCsv(team.token, "?format=xlsx")).arrayBuffer()), {
			type: "array",
		});
		const formula = all.Sheets[all.SheetNames[0] ?? ""]?.B3;
		expect(formula).toMatchObject({ t: "s", v: "=1+1" });
		expect(formula?.f).toBeUndefined();
		expect(second?.id).toBeDefined();
	});
});
