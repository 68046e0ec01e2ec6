import { describe, expect, it } from "vitest";
import type { ImportSummary } from "../../shared/import/wire";
import { csvOf, importAndScore, importCsv, ORDERS_HEADER, rows, SLOW } from "./imports-support";
import { addMember, capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

const recent = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 19);

/** Invoices shaped like the Online Retail II file: account numbers, UK wholesaler, GBP, cancellations. */
function ledger(prefix: string) {
	return csvOf(ORDERS_HEADER, [
		[`${prefix}1`, "13085", "United Kingdom", recent(40), "505.30", "GBP", 8, "false"],
		[`${prefix}2`, "13085", "United Kingdom", recent(20), "145.80", "GBP", 4, "false"],
		[`C${prefix}3`, "13085", "United Kingdom", recent(19), "-45.80", "GBP", 1, "true"],
		[`${prefix}4`, "13078", "Unspecified", recent(30), "1,630.33", "GBP", 19, "false"],
		[`${prefix}5`, "15362", "France", recent(300), "310.75", "GBP", 23, "false"],
		[`${prefix}6`, "15362", "France", recent(10), "99", "gbp", 2, ""],
	]);
}

describe("POST /v1/imports", () => {
	it("imports an order ledger keyed by account numbers, and re-scores the customers", SLOW, async () => {
		const team = await createTeam();
		const summary = await importAndScore(team.token, ledger(unique("inv")));
		expect(summary).toMatchObject({
			state: "committed",
			rows: 6,
			orderRows: 6,
			customers: { created: 3, matched: 0 },
			identities: { added: 3 },
			orders: { added: 6, duplicates: 0 },
			problemCount: 0,
		});
		expect(summary.mapping.find((m) => m.header === "customer_id")?.field).toBe("account");
		expect(summary.warnings).toEqual([
			{ row: 5, column: "country", field: "country", message: 'Unknown country "Unspecified"; left empty' },
		]);
		const customers = await rows<{
			name: string;
			country: string | null;
			status: string;
			scored: string | null;
			seq: number;
		}>(
			"SELECT name, country, status, scored_at AS scored, sync_seq AS seq FROM customers WHERE team_id = ? ORDER BY name",
			team.team.id,
		);
		expect(customers.map((c) => [c.name, c.country, c.status])).toEqual([
			["Account 13078", null, "active"],
			["Account 13085", "GB", "active"],
			["Account 15362", "FR", "active"],
		]);
		expect(customers.every((c) => c.scored !== null && c.seq > 0)).toBe(true);
		const identities = await rows(
			"SELECT kind, value FROM identities WHERE team_id = ? ORDER BY value",
			team.team.id,
		);
		expect(identities).toEqual([
			{ kind: "account", value: "13078" },
			{ kind: "account", value: "13085" },
			{ kind: "account", value: "15362" },
		]);
		const cancelled = await rows(
			"SELECT amount, currency, cancelled FROM orders WHERE team_id = ? AND cancelled = 1",
			team.team.id,
		);
		expect(cancelled).toEqual([{ amount: -45.8, currency: "GBP", cancelled: 1 }]);
	});

	it("adds nothing when the same file is imported again", SLOW, async () => {
		const team = await createTeam();
		const file = ledger(unique("inv"));
		await importAndScore(team.token, file);
		const before = await tableCounts();
		const again = await importAndScore(team.token, file);
		expect(again).toMatchObject({
			customers: { created: 0, matched: 3 },
			identities: { added: 0 },
			orders: { added: 0, duplicates: 6 },
			job: null,
		});
		const after = await tableCounts();
		expect({ ...after, imports: before.imports, audit_log: before.audit_log }).toEqual(before);
	});

	it("in absolute mode re-scores only the customers the import touched", SLOW, async () => {
		const team = await createTeam();
		const absolute = { current: { mode: "absolute" }, tiers: { mode: "absolute" } };
		const put = await send("/v1/team/scoring", { method: "PUT", token: team.token, body: absolute });
		expect(put.status).toBe(200);
		await importAndScore(team.token, ledger(unique("inv")));
		const before = await rows<{ id: string; scoredAt: string }>(
			"SELECT id, scored_at AS scoredAt FROM customers WHERE team_id = ? ORDER BY id",
			team.team.id,
		);
		const more = csvOf(ORDERS_HEADER, [
			[unique("inv"), "13085", "United Kingdom", recent(2), "2000", "GBP", 3, "false"],
		]);
		const summary = await importAndScore(team.token, more);
		expect(summary.job).toMatchObject({ scope: "import", total: 1 });
		const after = await rows<{ id: string; scoredAt: string; name: string }>(
			"SELECT id, scored_at AS scoredAt, name FROM customers WHERE team_id = ? ORDER BY id",
			team.team.id,
		);
		const changed = after.filter((r, i) => r.scoredAt !== before[i]?.scoredAt).map((r) => r.name);
		expect(changed).toEqual(["Account 13085"]);
		expect(await rows("SELECT * FROM import_customers WHERE team_id = ?", team.team.id)).toEqual([]);
	});

	it("changes nothing on a dry run, and reports what the import would do", async () => {
		const team = await createTeam();
		const file = ledger(unique("inv"));
		const before = await tableCounts();
		const res = await importCsv(team.token, file, "?dryRun=true");
		expect(res.status).toBe(200);
		const dry = (await res.json()) as ImportSummary;
		expect(dry).toMatchObject({
			state: "dry_run",
			importId: null,
			job: null,
			customers: { created: 3 },
			orders: { added: 6 },
		});
		expect(await tableCounts()).toEqual(before);
		const viaJson = await send("/v1/imports", { token: team.token, body: { csv: file, dryRun: true } });
		expect(await viaJson.json()).toMatchObject({
			state: "dry_run",
			customers: { created: 3 },
			orders: { added: 6 },
		});
		expect(await tableCounts()).toEqual(before);
	});

	it("reports each malformed row with its row and column, and imports none of the file", async () => {
		const team = await createTeam();
		const file = csvOf(ORDERS_HEADER, [
			["A1", "100", "Germany", "2024-02-30", "10", "EUR", 1, "false"],
			["A2", "101", "Germany", "2024-03-01", "ten euros", "EUR", 1, "false"],
			["A3", "", "Germany", "2024-03-01", "10", "EUR", 1, "false"],
			["A4", "102", "Germany", "2024-03-01", "10", "XYZ", 1, "false"],
			["A5", "103", "Germany", "03/01/2024", "10", "EUR", 1, "maybe"],
			["A6", "104", "Germany", "2024-03-01", "10", "EUR", 1, "false"],
		]);
		const before = await tableCounts();
		const dry = (await (await importCsv(team.token, file, "?dryRun=1")).json()) as ImportSummary;
		expect(dry.problems.map((p) => [p.row, p.column])).toEqual([
			[2, "date"],
			[3, "amount"],
			[4, null],
			[5, "currency"],
			[6, "date"],
			[6, "cancelled"],
		]);
		expect(dry.problems[0]?.message).toMatch(/not a real calendar date/);
		expect(dry.problems[2]?.message).toMatch(/No customer key/);
		expect(dry.problems[3]?.message).toMatch(/Unknown currency "XYZ"/);
		expect(dry.problems[4]?.message).toMatch(/ambiguous/);
		const problem = await expectProblem(await importCsv(team.token, file), 422);
		expect(problem.errors?.map((e) => e.path)).toEqual([
			"rows.2.date",
			"rows.3.amount",
			"rows.4",
			"rows.5.currency",
			"rows.6.date",
			"rows.6.cancelled",
		]);
		expect(problem.detail).toMatch(/6 row problem\(s\); nothing was imported/);
		expect(await tableCounts()).toEqual(before);
	});

	it("is all or nothing: one bad row among a thousand keeps the whole file out", SLOW, async () => {
		const team = await createTeam();
		const good = Array.from({ length: 1_000 }, (_, i) => [
			`B${i}`,
			`${2000 + (i % 90)}`,
			"Spain",
			"2024-05-01",
			`${i}.5`,
			"EUR",
			1,
			"false",
		]);
		const file = csvOf(ORDERS_HEADER, [
			...good,
			["B-bad", "2001", "Spain", "2024-05-01", "1.2.3", "EUR", 1, "false"],
		]);
		const before = await tableCounts();
		const problem = await expectProblem(await importCsv(team.token, file), 422);
		expect(problem.errors).toEqual([
			{ path: "rows.1002.amount", message: expect.stringMatching(/not a number/) },
		]);
		expect(await tableCounts()).toEqual(before);
	});

	it("skips repeated lines, and refuses one reference used for two different orders", async () => {
		const team = await createTeam();
		const header = ["account", "date", "amount", "currency", "reference"];
		const repeated = csvOf(header, [
			["7", "2024-01-05", "100", "USD", "R1"],
			["7", "2024-01-05", "100", "USD", "R1"],
			["7", "2024-01-06", "50", "USD", ""],
			["7", "2024-01-06", "50", "USD", ""],
			["7", "2024-01-07", "50", "USD", ""],
		]);
		const res = await importCsv(team.token, repeated);
		expect(res.status).toBe(201);
		const summary = (await res.json()) as ImportSummary;
		expect(summary.orders).toEqual({ added: 3, duplicates: 2 });
		expect(summary.warnings.map((w) => [w.row, w.message])).toEqual([
			[3, "Repeats row 2; skipped"],
			[5, "Repeats row 4; skipped"],
		]);
		const clash = csvOf(header, [
			["8", "2024-01-05", "100", "USD", "R9"],
			["8", "2024-01-05", "120", "USD", "R9"],
		]);
		const problem = await expectProblem(await importCsv(team.token, clash), 422);
		expect(problem.errors).toEqual([
			{ path: "rows.3", message: expect.stringMatching(/"R9" is also on row 2/) },
		]);
	});

	it("matches captured customers by email and by corporate domain, as captures do", async () => {
		const team = await createTeam();
		const domain = `${unique("acme")}.de`;
		const captured = await capture(team.token, {
			source: "gmail",
			contact: { name: "Hans", email: `hans@${domain}` },
			company: { name: "Acme GmbH" },
		});
		expect(captured.status).toBe(201);
		const customerId = ((await captured.json()) as { customer: { id: string } }).customer.id;
		const file = csvOf(
			["Email", "Customer", "Contact", "Company", "Country", "Order Date", "Total", "Currency", "Invoice No"],
			[
				[`HANS@${domain}`, "", "", "", "DE", "2024-04-01", "900", "EUR", unique("X")],
				["", domain, "", "", "", "2024-04-02", "100", "EUR", unique("X")],
				[`petra@${domain}`, "", "Petra", "", "", "", "", "", ""],
				["li.wei@gmail.com", "", "Li Wei", "Wei Trading", "CN", "", "", "", ""],
			],
		);
		const summary = (await (await importCsv(team.token, file)).json()) as ImportSummary;
		expect(summary).toMatchObject({
			customers: { created: 1, matched: 1 },
			contacts: { added: 2 },
			orders: { added: 2 },
			customerRows: 2,
			orderRows: 2,
		});
		const orders = await rows<{ customerId: string }>(
			"SELECT customer_id AS customerId FROM orders WHERE team_id = ?",
			team.team.id,
		);
		expect(orders.map((o) => o.customerId)).toEqual([customerId, customerId]);
		const contacts = await rows<{ customerId: string; name: string }>(
			"SELECT customer_id AS customerId, name FROM contacts WHERE team_id = ? ORDER BY name",
			team.team.id,
		);
		expect(contacts.find((c) => c.name === "Petra")?.customerId).toBe(customerId);
		expect(contacts.find((c) => c.name === "Li Wei")?.customerId).not.toBe(customerId);
		const acme = await rows("SELECT name, country FROM customers WHERE id = ?", customerId);
		expect(acme).toEqual([{ name: "Acme GmbH", country: "DE" }]);
	});

	it("keeps the team's account numbers as identities and matches later files by them", async () => {
		const team = await createTeam();
		const customers = csvOf(
			["Account No", "Company Name", "E-mail", "Website"],
			[
				["C-100", "Nordic Imports AB", "inkop@nordic-imports.se", "nordic-imports.se"],
				["C-200", "Lagos Distribution Ltd", "", ""],
			],
		);
		const first = (await (await importCsv(team.token, customers)).json()) as ImportSummary;
		expect(first).toMatchObject({ customers: { created: 2 }, customerRows: 2, orderRows: 0 });
		const orders = csvOf(
			["account", "date", "amount", "currency"],
			[
				["c-100", "2024-06-01", "5000", "SEK"],
				["C-200", "2024-06-02", "20", "USD"],
			],
		);
		const second = (await (await importCsv(team.token, orders)).json()) as ImportSummary;
		expect(second).toMatchObject({ customers: { created: 0, matched: 2 }, orders: { added: 2 } });
		const ids = await rows(
			"SELECT kind, value FROM identities WHERE team_id = ? ORDER BY kind, value",
			team.team.id,
		);
		expect(ids).toEqual([
			{ kind: "account", value: "c-100" },
			{ kind: "account", value: "c-200" },
			{ kind: "domain", value: "nordic-imports.se" },
			{ kind: "email", value: "inkop@nordic-imports.se" },
		]);
	});

	it("never merges two different account numbers into one customer", async () => {
		const team = await createTeam();
		const file = csvOf(
			["account", "email", "company"],
			[
				["1", "a@shared-corp.com", "Shared Corp East"],
				["2", "b@shared-corp.com", "Shared Corp West"],
			],
		);
		const summary = (await (await importCsv(team.token, file)).json()) as ImportSummary;
		expect(summary.customers).toEqual({ created: 2, matched: 0 });
		expect(summary.warnings.map((w) => w.message)).toEqual([
			'The domain "shared-corp.com" already belongs to another customer; not added to this one',
		]);
	});

	it("takes a mapping for unusual headers, by JSON or query", async () => {
		const team = await createTeam();
		const file = csvOf(["Kundennummer", "Datum", "Betrag"], [["K1", "2024-01-01", "10"]]);
		const byJson = await send("/v1/imports", {
			token: team.token,
			body: {
				csv: file,
				dryRun: true,
				defaultCurrency: "eur",
				mapping: { Kundennummer: "account", Datum: "date", Betrag: "amount" },
			},
		});
		expect(await byJson.json()).toMatchObject({
			state: "dry_run",
			customers: { created: 1 },
			orders: { added: 1 },
		});
		const byQuery = await importCsv(
			team.token,
			file,
			"?dryRun=true&defaultCurrency=EUR&map=Kundennummer=account&map=Datum=date&map=Betrag=amount",
		);
		expect(await byQuery.json()).toMatchObject({ state: "dry_run", orders: { added: 1 } });
		const unmapped = (await (await importCsv(team.token, file, "?dryRun=true")).json()) as ImportSummary;
		expect(unmapped.problems[0]?.message).toMatch(/No column identifies the customer/);
	});

	it("is for admins and managers, and keeps each team's records apart", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const sales = await addMember(a.token, "sales");
		const file = ledger(unique("inv"));
		const before = await tableCounts();
		await expectProblem(await importCsv(sales.token, file), 403);
		expect(await tableCounts()).toEqual(before);
		const manager = await addMember(a.token, "manager");
		expect((await importCsv(manager.token, file)).status).toBe(201);
		// Team B's same account numbers (and invoice numbers) are B's own customers and orders.
		const other = (await (await importCsv(b.token, file)).json()) as ImportSummary;
		expect(other).toMatchObject({
			customers: { created: 3, matched: 0 },
			orders: { added: 6, duplicates: 0 },
		});
		const staged = (await (await send("/v1/imports/staged", { method: "POST", token: a.token })).json()) as {
			id: string;
		};
		await expectProblem(await send(`/v1/imports/${staged.id}`, { token: b.token }), 404);
		await expectProblem(await send(`/v1/imports/${staged.id}/commit`, { token: b.token, body: {} }), 404);
	});
});
