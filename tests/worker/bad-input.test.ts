import { describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/schema/limits";
import { capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

interface Case {
	name: string;
	status: number;
	/** Field path the problem must name, when the failure is about one field. */
	path?: string;
	call: (ctx: { token: string; customerId: string }) => Promise<Response>;
}

const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
	send(path, { token, body, headers: { "Idempotency-Key": unique("key"), ...headers } });
const captureBody = (patch: Record<string, unknown>) => ({
	source: "gmail",
	contact: { name: "Valid" },
	...patch,
});

const cases: Case[] = [
	{
		name: "wrong type for an email",
		status: 422,
		path: "contact.email",
		call: ({ token }) => post("/v1/captures", token, captureBody({ contact: { email: 42 } })),
	},
	{
		name: "missing source",
		status: 422,
		path: "source",
		call: ({ token }) => post("/v1/captures", token, { contact: { name: "X" } }),
	},
	{
		name: "unknown source",
		status: 422,
		path: "source",
		call: ({ token }) => post("/v1/captures", token, captureBody({ source: "fax" })),
	},
	{
		name: "malformed email",
		status: 422,
		path: "contact.email",
		call: ({ token }) => post("/v1/captures", token, captureBody({ contact: { email: "ann@@acme" } })),
	},
	{
		name: "malformed phone",
		status: 422,
		path: "contact.phone",
		call: ({ token }) => post("/v1/captures", token, captureBody({ contact: { phone: "call me maybe" } })),
	},
	{
		name: "malformed WhatsApp number",
		status: 422,
		path: "contact.whatsapp",
		call: ({ token }) => post("/v1/captures", token, captureBody({ contact: { whatsapp: "+1 23" } })),
	},
	{
		name: "unknown country",
		status: 422,
		path: "company.country",
		call: ({ token }) => post("/v1/captures", token, captureBody({ company: { country: "Atlantis" } })),
	},
	{
		name: "domain that is not a domain",
		status: 422,
		path: "company.domain",
		call: ({ token }) => post("/v1/captures", token, captureBody({ company: { domain: "not a domain!" } })),
	},
	{
		name: "contact without anything",
		status: 422,
		path: "contact",
		call: ({ token }) => post("/v1/captures", token, captureBody({ contact: {} })),
	},
	{
		name: "name over the length limit",
		status: 422,
		path: "company.name",
		call: ({ token }) =>
			post("/v1/captures", token, captureBody({ company: { name: "x".repeat(LIMITS.name + 1) } })),
	},
	{
		name: "too many thread messages",
		status: 422,
		path: "thread.messages",
		call: ({ token }) =>
			post(
				"/v1/captures",
				token,
				captureBody({
					thread: { externalId: "t", messages: Array.from({ length: 101 }, (_, i) => ({ id: `m${i}` })) },
				}),
			),
	},
	{
		name: "negative platform signal",
		status: 422,
		path: "signals.platform.yearsRegistered",
		call: ({ token }) =>
			post("/v1/captures", token, captureBody({ signals: { platform: { yearsRegistered: -3 } } })),
	},
	{
		name: "array instead of an object",
		status: 422,
		call: ({ token }) => post("/v1/captures", token, [captureBody({})]),
	},
	{
		name: "oversized body",
		status: 413,
		call: ({ token }) =>
			post("/v1/captures", token, captureBody({ company: { address: "x".repeat(LIMITS.bodyBytes) } })),
	},
	{
		name: "malformed JSON",
		status: 400,
		call: ({ token }) =>
			send("/v1/captures", {
				token,
				raw: '{"source": "gmail", ',
				headers: { "Content-Type": "application/json", "Idempotency-Key": "k-bad-json" },
			}),
	},
	{
		name: "JSON sent as text/plain",
		status: 415,
		call: ({ token }) =>
			send("/v1/captures", {
				token,
				raw: JSON.stringify(captureBody({})),
				headers: { "Content-Type": "text/plain", "Idempotency-Key": "k-text" },
			}),
	},
	{
		name: "501 lookup keys",
		status: 422,
		call: ({ token }) =>
			post("/v1/lookup", token, { emails: Array.from({ length: 501 }, (_, i) => `p${i}@x.com`) }),
	},
	{
		name: "lookup keys not a list",
		status: 422,
		path: "emails",
		call: ({ token }) => post("/v1/lookup", token, { emails: "a@b.com" }),
	},
	{
		name: "order amount as a string",
		status: 422,
		path: "amount",
		call: ({ token, customerId }) =>
			post(`/v1/customers/${customerId}/orders`, token, {
				amount: "100",
				currency: "USD",
				date: "2026-01-01",
			}),
	},
	{
		name: "order date that is not a date",
		status: 422,
		path: "date",
		call: ({ token, customerId }) =>
			post(`/v1/customers/${customerId}/orders`, token, { amount: 100, currency: "USD", date: "yesterday" }),
	},
	{
		name: "order amount out of range",
		status: 422,
		path: "amount",
		call: ({ token, customerId }) =>
			post(`/v1/customers/${customerId}/orders`, token, {
				amount: 1e13,
				currency: "USD",
				date: "2026-01-01",
			}),
	},
	{
		name: "patch of a field that is not editable",
		status: 422,
		call: ({ token, customerId }) =>
			send(`/v1/customers/${customerId}`, { token, method: "PATCH", body: { version: 1, tier: "platinum" } }),
	},
	{
		name: "patch without version",
		status: 422,
		path: "version",
		call: ({ token, customerId }) =>
			send(`/v1/customers/${customerId}`, { token, method: "PATCH", body: { name: "New" } }),
	},
	{
		name: "patch with an unknown country",
		status: 422,
		path: "country",
		call: ({ token, customerId }) =>
			send(`/v1/customers/${customerId}`, {
				token,
				method: "PATCH",
				body: { version: 1, country: "Narnia" },
			}),
	},
	{
		name: "member with an unknown role",
		status: 422,
		path: "role",
		call: ({ token }) => post("/v1/members", token, { name: "X", email: "x@example.com", role: "superuser" }),
	},
	{
		name: "page size out of range",
		status: 422,
		path: "limit",
		call: ({ token }) => send("/v1/customers?limit=0", { token }),
	},
	{
		name: "SQL-looking customer id",
		status: 404,
		call: ({ token }) => send(`/v1/customers/${encodeURIComponent("' OR 1=1 --")}`, { token }),
	},
	{
		name: "malformed sync cursor",
		status: 422,
		path: "since",
		call: ({ token }) => send("/v1/sync?since=DROP%20TABLE", { token }),
	},
];

describe("bad input", () => {
	it(`answers ${cases.length} kinds of bad input with a clear problem and leaves every table unchanged`, async () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
		const { token } = await createTeam();
		const { customer } = await (
			await capture(token, { source: "manual", contact: { name: "Target" } })
		).json();
		const before = await tableCounts();
		for (const c of cases) {
			const res = await c.call({ token, customerId: customer.id });
			const problem = await expectProblem(res, c.status).catch((error: Error) => {
				throw new Error(`${c.name}: ${error.message}`);
			});
			expect(problem.detail ?? problem.title, c.name).toEqual(expect.any(String));
			if (c.path)
				expect(
					problem.errors?.map((e) => e.path),
					c.name,
				).toContain(c.path);
			expect(await tableCounts(), c.name).toEqual(before);
		}
		// 28 cases × a count of every table: about 5 s on a busy machine.
	}, 20_000);
});
