import { describe, expect, it } from "vitest";
import { addMember, capture, createTeam, expectProblem, OPERATOR_TOKEN, send, tableCounts } from "./support";

async function customerOf(token: string, email: string): Promise<{ id: string; version: number }> {
	const res = await capture(token, { source: "gmail", contact: { email } });
	const { customer } = await res.json();
	return { id: customer.id, version: customer.version };
}

/** Sends the request and expects a 422 problem naming `path`, with no row of any table changed. */
async function refused(path: string, init: Parameters<typeof send>[1], field: string): Promise<void> {
	const before = await tableCounts();
	const problem = await expectProblem(await send(path, init), 422);
	expect(problem.errors?.map((e) => e.path)).toContain(field);
	expect(await tableCounts()).toEqual(before);
}

describe("unknown fields → 422 on every write route", () => {
	it("refuses a field no route takes, top-level or nested, and changes nothing", async () => {
		const { token, admin } = await createTeam();
		const sales = await addMember(token, "sales");
		const customer = await customerOf(token, "buyer@lisbon-tiles.pt");
		const key = { "Idempotency-Key": "strict-1" };
		const cases: Array<[string, Parameters<typeof send>[1], string]> = [
			[`/v1/members/${sales.member.id}`, { method: "PATCH", token, body: { name: "X" } }, "name"],
			["/v1/members", { token, body: { name: "N", email: "n@example.com", isBoss: true } }, "isBoss"],
			["/v1/tokens", { token, body: { label: "x", scopes: ["all"] } }, "scopes"],
			[
				"/v1/captures",
				{ token, headers: key, body: { source: "gmail", contact: { email: "a@b-corp.com", age: 3 } } },
				"contact.age",
			],
			[
				"/v1/captures",
				{
					token,
					headers: key,
					body: {
						source: "gmail",
						contact: { email: "a@b-corp.com" },
						thread: { externalId: "t", tags: [] },
					},
				},
				"thread.tags",
			],
			[
				`/v1/customers/${customer.id}`,
				{ method: "PATCH", token, body: { version: 1, tier: "platinum" } },
				"tier",
			],
			[
				`/v1/customers/${customer.id}/orders`,
				{ token, body: { amount: 1, currency: "USD", date: "2026-01-01", paid: true } },
				"paid",
			],
			[`/v1/customers/${customer.id}/notes`, { token, body: { body: "x", pinned: true } }, "pinned"],
			[
				`/v1/customers/${customer.id}/transfer`,
				{ token, body: { toMemberId: admin.id, notify: true } },
				"notify",
			],
			["/v1/lookup", { token, body: { emails: [], phones: ["+1"] } }, "phones"],
			["/v1/team/visibility", { method: "PUT", token, body: { visibility: "team", x: 1 } }, "x"],
			[
				"/v1/teams",
				{
					token: OPERATOR_TOKEN,
					body: { name: "T", admin: { name: "A", email: "a@example.com", role: "x" } },
				},
				"admin.role",
			],
		];
		for (const [path, init, field] of cases) await refused(path, init, field);
	});
});

describe("dates, amounts, text and URLs", () => {
	it("keeps order and interaction dates between 1970 and one year ahead", async () => {
		const { token } = await createTeam();
		const { id } = await customerOf(token, "buyer@oslo-salmon.no");
		for (const date of [
			"0000-01-01",
			"9999-12-31",
			"1969-12-31",
			`${new Date().getUTCFullYear() + 2}-01-01`,
		]) {
			await refused(
				`/v1/customers/${id}/orders`,
				{ token, body: { amount: 5, currency: "USD", date } },
				"date",
			);
		}
		const thread = (occurredAt: string) => ({
			source: "gmail",
			contact: { email: "x@oslo-salmon.no" },
			thread: { externalId: `t-${occurredAt}`, occurredAt },
		});
		const headers = { "Idempotency-Key": "dates-1" };
		await refused(
			"/v1/captures",
			{ token, headers, body: thread("9999-12-31T00:00:00Z") },
			"thread.occurredAt",
		);
		await refused(
			"/v1/captures",
			{ token, headers, body: thread("1960-01-01T00:00:00Z") },
			"thread.occurredAt",
		);
		const ok = await send(`/v1/customers/${id}/orders`, {
			token,
			body: { amount: 5, currency: "USD", date: "1970-01-01" },
		});
		expect(ok.status).toBe(201);
	});

	it("takes a negative amount only as a credit note or a cancelled line", async () => {
		const { token } = await createTeam();
		const { id } = await customerOf(token, "buyer@cadiz-olives.es");
		const order = (extra: object) => ({ currency: "USD", date: "2026-02-01", ...extra });
		await refused(`/v1/customers/${id}/orders`, { token, body: order({ amount: -50 }) }, "amount");
		await refused(
			`/v1/customers/${id}/orders`,
			{ token, body: order({ amount: 50, creditNote: true }) },
			"amount",
		);
		const credit = await send(`/v1/customers/${id}/orders`, {
			token,
			body: order({ amount: -50, creditNote: true }),
		});
		expect(credit.status).toBe(201);
		expect(((await credit.json()) as { order: { amount: number } }).order.amount).toBe(-50);
		const cancelled = await send(`/v1/customers/${id}/orders`, {
			token,
			body: order({ amount: -20, cancelled: true }),
		});
		expect(cancelled.status).toBe(201);
	});

	it("refuses lone surrogates and NUL anywhere in a body (what is acknowledged is what is stored)", async () => {
		const { token } = await createTeam();
		const { id } = await customerOf(token, "buyer@riga-amber.lv");
		const headers = { "Idempotency-Key": "surrogate-1" };
		const capture = (name: string) => ({
			token,
			headers,
			raw: `{"source":"gmail","contact":{"email":"z@riga-amber.lv"},"company":{"name":${name}}}`,
		});
		for (const name of ['"Amber \\ud800"', '"\\udc00 Amber"', '"Amber\\u0000"']) {
			const init = capture(name);
			await refused(
				"/v1/captures",
				{ token, raw: init.raw, headers: { ...headers, "Content-Type": "application/json" } },
				"company.name",
			);
		}
		await refused(
			`/v1/customers/${id}/notes`,
			{ token, raw: '{"body":"ok\\u0000"}', headers: { "Content-Type": "application/json" } },
			"body",
		);
		// A proper pair (an emoji) is fine.
		const fine = await send(`/v1/customers/${id}/notes`, {
			token,
			raw: '{"body":"ok \\ud83d\\ude00"}',
			headers: { "Content-Type": "application/json" },
		});
		expect(fine.status).toBe(201);
	});

	it("strips bidi controls and zero-width characters from names", async () => {
		const { token } = await createTeam();
		const res = await capture(token, {
			source: "gmail",
			contact: { email: "owner@acme-parts.de", name: "Jo\u200bhn \u202eeoD\u202c" },
			company: { name: "\u202eAcme\u2066 Parts\u2069\u200d" },
		});
		const { customer } = await res.json();
		expect(customer.name).toBe("Acme Parts");
		expect(customer.contactNames).toEqual(["John eoD"]);
		const patched = await send(`/v1/customers/${customer.id}`, {
			method: "PATCH",
			token,
			body: { version: customer.version, name: "\u200fNew\ufeff Name" },
		});
		expect(((await patched.json()) as { name: string }).name).toBe("New Name");
		await refused(
			"/v1/members",
			{ token, body: { name: "\u202e\u200b", email: "empty@example.com" } },
			"name",
		);
	});

	it("stores only http(s) URLs: a javascript: thread URL is refused", async () => {
		const { token } = await createTeam();
		const body = (url: string) => ({
			source: "gmail" as const,
			contact: { email: "x@porto-fish.pt" },
			thread: { externalId: `u-${url.length}`, url },
		});
		for (const url of [
			"javascript:alert(1)",
			"data:text/html,hi",
			"file:///etc/passwd",
			"ftp://x.example/a",
		]) {
			await refused(
				"/v1/captures",
				{ token, headers: { "Idempotency-Key": `u${url}` }, body: body(url) },
				"thread.url",
			);
		}
		const ok = await capture(token, body("https://mail.google.com/mail/u/0/#inbox/abc"));
		expect(ok.status).toBe(201);
	});
});
