import { env } from "cloudflare:test";
import { sql as query } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
	type TeamCustomerPage,
	type TeamCustomerRow,
	teamCustomerQuerySchema,
	teamCustomerSortSchema,
} from "../../shared/schema/team-customers";
import { teamCustomerPageSql } from "../../worker/customers/team-table";
import { createDb } from "../../worker/db/client";
import { seedCustomers } from "./rescore-seed";
import { addMember, capture, createTeam, expectProblem, send, tableCounts } from "./support";

async function sql(query: string, ...params: unknown[]) {
	await env.DB.prepare(query)
		.bind(...params)
		.run();
}

async function page(token: string, query = ""): Promise<TeamCustomerPage> {
	const res = await send(`/v1/team/customers${query}`, { token });
	expect(res.status).toBe(200);
	return (await res.json()) as TeamCustomerPage;
}

const names = (p: TeamCustomerPage) => p.items.map((c) => c.name);

/** Every page of a query, following nextCursor. */
async function allPages(token: string, query: string): Promise<TeamCustomerRow[]> {
	const rows: TeamCustomerRow[] = [];
	let cursor: string | null = null;
	for (let guard = 0; guard < 100; guard++) {
		const sep = query === "" ? "?" : "&";
		const p = await page(token, `${query}${cursor ? `${sep}cursor=${cursor}` : ""}`);
		rows.push(...p.items);
		if (p.nextCursor === null) return rows;
		cursor = p.nextCursor;
	}
	throw new Error("paging did not end");
}

/** Six customers A–F with everything the filters read set apart. */
async function sixCustomers() {
	const team = await createTeam();
	const sales = await addMember(team.token, "sales", "SunLi");
	const seeded = await seedCustomers(
		team.team.id,
		["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"].map((name, i) => ({
			name,
			country: i % 2 === 0 ? "DE" : "US",
			domain: `${name.toLowerCase()}.example`,
			orders: [],
		})),
	);
	const ids = seeded.map((c) => c.id);
	const set = (i: number, assignments: string, ...params: unknown[]) =>
		sql(`UPDATE customers SET ${assignments} WHERE id = ?`, ...params, ids[i]);
	await set(
		0,
		"tier = 'gold', owner_id = ?, churn_severity = 'warning', source = 'gmail', revenue_12m_usd = 500",
		sales.member.id,
	);
	await set(
		1,
		"tier = 'gold', in_pool = 1, created_at = '2024-01-10T08:00:00.000Z', source = 'alibaba', revenue_12m_usd = 900",
	);
	await set(
		2,
		"tier = 'platinum', owner_id = ?, last_interaction_at = '2025-03-31T23:00:00.000Z', source = 'import', revenue_12m_usd = 5000",
		team.admin.id,
	);
	await set(
		3,
		"last_interaction_at = '2025-04-01T01:00:00.000Z', created_at = '2024-01-11T00:00:00.000Z', source = 'manual'",
	);
	await set(4, "owner_id = ?", team.admin.id);
	return { team, sales, ids };
}

describe("GET /v1/team/customers", () => {
	it("filters by tier, owner, churn, pool, country, source, created and last contact", async () => {
		const { team, sales } = await sixCustomers();
		const of = async (query: string) => names(await page(team.token, query));
		expect(await of("")).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]);
		expect(await of("?tier=gold")).toEqual(["Alpha", "Bravo"]);
		expect(await of(`?owner=${sales.member.id}`)).toEqual(["Alpha"]);
		expect(await of("?churn=warning")).toEqual(["Alpha"]);
		expect(await of("?pool=true")).toEqual(["Bravo"]);
		expect((await of("?pool=false")).length).toBe(5);
		expect(await of("?country=de")).toEqual(["Alpha", "Charlie", "Echo"]);
		expect(await of("?source=alibaba")).toEqual(["Bravo"]);
		expect(await of("?source=import")).toEqual(["Charlie"]);
		expect(await of("?createdFrom=2024-01-10&createdTo=2024-01-11")).toEqual(["Bravo", "Delta"]);
		expect(await of("?lastContactFrom=2025-04-01")).toEqual(["Delta"]);
		expect(await of("?lastContactTo=2025-03-31")).toEqual(["Charlie"]);
		expect(await of("?tier=gold&country=US")).toEqual(["Bravo"]);
		const first = await page(team.token, "?tier=gold");
		expect(first.total).toBe(2);
		expect(first.items[0]).toMatchObject({
			name: "Alpha",
			domain: "alpha.example",
			country: "DE",
			tier: "gold",
			churn: "warning",
			revenue12mUsd: 500,
			owner: { id: sales.member.id, name: "SunLi" },
			inPool: false,
			source: "gmail",
			version: 1,
		});
	});

	it("sorts by name, revenue, last contact and created, either way", async () => {
		const { team } = await sixCustomers();
		const of = async (query: string) => names(await page(team.token, query));
		expect(await of("?dir=desc")).toEqual(["Foxtrot", "Echo", "Delta", "Charlie", "Bravo", "Alpha"]);
		expect((await of("?sort=revenue&dir=desc")).slice(0, 3)).toEqual(["Charlie", "Bravo", "Alpha"]);
		// Never contacted sorts as the oldest contact.
		expect((await of("?sort=lastContact&dir=desc")).slice(0, 2)).toEqual(["Delta", "Charlie"]);
		expect((await of("?sort=lastContact")).slice(-2)).toEqual(["Charlie", "Delta"]);
		expect((await of("?sort=created")).slice(0, 2)).toEqual(["Bravo", "Delta"]);
	});

	it("searches by name, email, domain, phone and owner", async () => {
		const { team, ids } = await sixCustomers();
		await sql(
			"INSERT INTO identities (id, team_id, customer_id, kind, value) VALUES (?, ?, ?, 'email', 'ann@buyer-mail.example'), (?, ?, ?, 'phone', '+8613800001111')",
			"idn_t1",
			team.team.id,
			ids[3],
			"idn_t2",
			team.team.id,
			ids[5],
		);
		await sql("UPDATE members SET name = '王芳' WHERE id = ?", team.admin.id);
		const of = async (q: string) => names(await page(team.token, `?q=${encodeURIComponent(q)}`));
		expect(await of("ravo")).toEqual(["Bravo"]);
		expect(await of("ANN@buyer")).toEqual(["Delta"]);
		expect(await of("echo.exam")).toEqual(["Echo"]);
		expect(await of("+86138")).toEqual(["Foxtrot"]);
		expect(await of("王")).toEqual(["Charlie", "Echo"]);
		expect(await of("100%")).toEqual([]);
		expect((await page(team.token, "?q=王&sort=revenue&dir=desc")).total).toBe(2);
	});

	it("pages by cursor without duplicates or gaps in every order", async () => {
		const team = await createTeam();
		const seeded = await seedCustomers(
			team.team.id,
			Array.from({ length: 23 }, (_, i) => ({ name: `Same ${i % 4}`, orders: [] })),
		);
		for (const [i, c] of seeded.entries()) {
			await sql(
				"UPDATE customers SET revenue_12m_usd = ?, last_interaction_at = ?, created_at = ? WHERE id = ?",
				(i % 5) * 100.5,
				i % 3 === 0 ? null : `2025-0${(i % 6) + 1}-01T00:00:00.000Z`,
				`2024-0${(i % 7) + 1}-02T00:00:00.000Z`,
				c.id,
			);
		}
		const all = new Set(seeded.map((c) => c.id));
		for (const sort of ["name", "revenue", "lastContact", "created"]) {
			for (const dir of ["asc", "desc"]) {
				const whole = (await page(team.token, `?sort=${sort}&dir=${dir}&limit=200`)).items.map((c) => c.id);
				const paged = (await allPages(team.token, `?sort=${sort}&dir=${dir}&limit=5`)).map((c) => c.id);
				expect(paged).toEqual(whole);
				expect(new Set(paged)).toEqual(all);
			}
		}
		const second = await page(team.token, "?limit=5");
		const next = await page(team.token, `?limit=5&cursor=${second.nextCursor}`);
		expect(next.total).toBeNull();
		expect(second.total).toBe(23);
	});

	it("shows another team nothing, and a salesperson their own customers and the pool", async () => {
		const { team, sales } = await sixCustomers();
		const other = await createTeam();
		expect((await page(other.token)).items).toEqual([]);
		expect((await page(other.token, "?q=Alpha")).total).toBe(0);
		expect(names(await page(sales.token))).toEqual(["Alpha", "Bravo"]);
		expect(names(await page(sales.token, `?owner=${team.admin.id}`))).toEqual([]);
		const manager = await addMember(team.token, "manager");
		expect((await page(manager.token)).total).toBe(6);
	});

	it("records the source of a captured customer", async () => {
		const team = await createTeam();
		await capture(team.token, { source: "alibaba", contact: { email: "li@ningbo-tools.example" } });
		expect((await page(team.token, "?source=alibaba")).items.map((c) => c.email)).toEqual([
			"li@ningbo-tools.example",
		]);
	});

	it("answers a bad query with a 422 problem", async () => {
		const { team } = await sixCustomers();
		const first = await page(team.token, "?limit=2");
		for (const bad of [
			"?sort=colour",
			"?dir=up",
			"?limit=0",
			"?limit=201",
			"?tier=bronze",
			"?source=fax",
			"?country=Germany",
			"?createdFrom=2024-13-01",
			"?colour=red",
			"?cursor=nonsense",
			`?sort=revenue&cursor=${first.nextCursor}`,
			`?dir=desc&cursor=${first.nextCursor}`,
		]) {
			const problem = await expectProblem(await send(`/v1/team/customers${bad}`, { token: team.token }), 422);
			expect(problem.errors?.length).toBeGreaterThan(0);
		}
		await expectProblem(await send("/v1/team/customers"), 401);
	});
});

describe("POST /v1/team/customers/bulk", () => {
	const bulk = (token: string, body: unknown) => send("/v1/team/customers/bulk", { token, body });

	it("transfers many customers at once, audited one by one", async () => {
		const { team, sales, ids } = await sixCustomers();
		const rows = (await page(team.token, "?country=DE")).items;
		const res = await bulk(team.token, {
			action: "transfer",
			toMemberId: sales.member.id,
			customers: rows.map((r) => ({ id: r.id, version: r.version })),
			reason: "territory",
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({
			action: "transfer",
			changed: rows.map((r) => ({ id: r.id, version: r.version + 1 })),
		});
		expect(names(await page(team.token, `?owner=${sales.member.id}`))).toEqual(["Alpha", "Charlie", "Echo"]);
		const audit = await env.DB.prepare(
			"SELECT entity_id AS id, actor_id AS actor, before, after FROM audit_log WHERE action = 'customer.transfer' ORDER BY entity_id",
		).all<{ id: string; actor: string; before: string; after: string }>();
		const mine = audit.results.filter((a) => rows.some((r) => r.id === a.id));
		expect(mine.length).toBe(3);
		const charlie = mine.find((a) => a.id === ids[2]);
		expect(JSON.parse(charlie?.before ?? "{}")).toMatchObject({ ownerId: team.admin.id, version: 1 });
		expect(JSON.parse(charlie?.after ?? "{}")).toMatchObject({
			ownerId: sales.member.id,
			reason: "territory",
			bulk: 3,
		});
		expect(charlie?.actor).toBe(team.admin.id);
	});

	it("releases to the pool, remembering the previous owner", async () => {
		const { team, sales, ids } = await sixCustomers();
		const alpha = (await page(sales.token, "?q=Alpha")).items[0];
		const res = await bulk(sales.token, { action: "release", customers: [{ id: alpha?.id, version: 1 }] });
		expect(res.status).toBe(200);
		const row = await env.DB.prepare(
			"SELECT in_pool, owner_id, pool_previous_owner_id, version FROM customers WHERE id = ?",
		)
			.bind(ids[0])
			.first();
		expect(row).toEqual({ in_pool: 1, owner_id: null, pool_previous_owner_id: sales.member.id, version: 2 });
		expect(names(await page(team.token, "?pool=true"))).toEqual(["Alpha", "Bravo"]);
	});

	it("changes nothing when one customer is stale, not the caller's, unknown or in the pool", async () => {
		const { team, sales, ids } = await sixCustomers();
		const other = await createTeam();
		const rows = (await page(team.token)).items;
		const at = (i: number) => ({ id: rows[i]?.id, version: rows[i]?.version });
		await sql("UPDATE customers SET version = version + 1 WHERE id = ?", ids[3]);
		const before = await tableCounts();
		const transfer = (token: string, customers: unknown[], to = sales.member.id) =>
			bulk(token, { action: "transfer", toMemberId: to, customers });

		const stale = await expectProblem(await transfer(team.token, [at(0), at(3), at(4)]), 409);
		expect(stale.errors).toEqual([
			{ path: "customers.1", message: "Delta changed since the table was loaded" },
		]);
		const notYours = await expectProblem(await transfer(sales.token, [at(0), at(2)]), 403);
		expect(notYours.errors).toEqual([{ path: "customers.1", message: "Charlie is not yours to hand over" }]);
		const pool = await expectProblem(
			await bulk(team.token, { action: "release", customers: [at(0), at(1)] }),
			409,
		);
		expect(pool.errors).toEqual([{ path: "customers.1", message: "Bravo is already in the pool" }]);
		const theirs = await expectProblem(await transfer(other.token, [at(0)], other.admin.id), 422);
		expect(theirs.errors?.[0]?.path).toBe("customers.0");
		await expectProblem(await transfer(team.token, [at(0), at(0)]), 422);
		await expectProblem(await transfer(team.token, [at(0)], other.admin.id), 404);
		await expectProblem(await transfer(team.token, []), 422);
		await expectProblem(await bulk(team.token, { action: "delete", customers: [at(0)] }), 422);
		expect(await tableCounts()).toEqual(before);
		const versions = await env.DB.prepare(
			"SELECT id, version, owner_id FROM customers WHERE team_id = ? ORDER BY name",
		)
			.bind(team.team.id)
			.all<{ version: number; owner_id: string | null }>();
		expect(versions.results.map((r) => r.version)).toEqual([1, 1, 1, 2, 1, 1]);
	});
});

describe("the table's query plans", () => {
	it("walks each order's index, with no sort of the team, for the first and the next pages", async () => {
		const team = await createTeam();
		const db = createDb(env.DB);
		const scope = { teamId: team.team.id, ownerId: null };
		for (const sort of teamCustomerSortSchema.options) {
			for (const dir of ["asc", "desc"] as const) {
				for (const cursor of [undefined, nextCursorOf(sort, dir)]) {
					const parsed = teamCustomerQuerySchema.parse({ sort, dir, tier: "gold", cursor });
					const plan = await db.all<{ detail: string }>(
						query`EXPLAIN QUERY PLAN ${teamCustomerPageSql(scope, parsed).page}`,
					);
					const text = plan.map((p) => p.detail).join("\n");
					expect(text).toMatch(/SEARCH c USING INDEX customers_team_(name|revenue|contact|created)_id/);
					expect(text).not.toMatch(/TEMP B-TREE/);
					// The next page starts at the cursor: a range on the index, not a scan from the team's start.
					if (cursor) expect(text).toMatch(/USING INDEX \w+ \(team_id=\? AND .+[<>]\?\)/);
				}
			}
		}
	});
});

/** A cursor of the order, as the API would write it after a customer "m" with key 0 or "m". */
function nextCursorOf(sort: string, dir: string): string {
	const key = sort === "revenue" ? 0 : "m";
	return btoa(JSON.stringify([sort, dir, key, "cus_m"]))
		.replace(/\+/g, "-")
		.replace(/\//g, "_")
		.replace(/=+$/, "");
}
