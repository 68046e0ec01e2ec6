import { describe, expect, it } from "vitest";
import { lookupResponseSchema } from "../../shared/schema/lookup";
import { api, capture, createTeam, expectProblem, send, tableCounts } from "./support";

async function seed(token: string) {
	const acme = await (
		await capture(token, {
			source: "gmail",
			contact: { name: "Ann", email: "ann@acme-industrial.com" },
			company: { name: "Acme Industrial" },
		})
	).json();
	const gmailBuyer = await (
		await capture(token, { source: "gmail", contact: { email: "bulkbuyer77@gmail.com" } })
	).json();
	const alibaba = await (
		await capture(token, {
			source: "alibaba",
			contact: { name: "Sam", buyerId: "US88123" },
			company: { name: "Sam Imports" },
		})
	).json();
	return { acme, gmailBuyer, alibaba };
}

describe("POST /v1/lookup", () => {
	it("answers known emails, domains and buyer ids case-insensitively, keyed by the lower-cased request key", async () => {
		const { token, admin } = await createTeam();
		const { acme, gmailBuyer, alibaba } = await seed(token);
		const res = await api(token).v1.lookup.$post({
			json: {
				emails: ["ANN@Acme-Industrial.com", "bulkbuyer77@gmail.com", "nobody@elsewhere.org"],
				domains: ["www.ACME-industrial.com"],
				buyerIds: ["us88123"],
			},
		});
		expect(res.status).toBe(200);
		const { matches } = lookupResponseSchema.parse(await res.json());
		expect(Object.keys(matches).sort()).toEqual([
			"ann@acme-industrial.com",
			"bulkbuyer77@gmail.com",
			"us88123",
			"www.acme-industrial.com",
		]);
		expect(matches["ann@acme-industrial.com"]).toEqual({
			customerId: acme.customer.id,
			name: "Acme Industrial",
			tier: acme.customer.tier,
			tierLabel: acme.customer.tierLabel,
			ownerId: admin.id,
			ownerName: admin.name,
			churn: false,
			inPool: false,
			matchedBy: "email",
		});
		expect(matches["bulkbuyer77@gmail.com"]?.customerId).toBe(gmailBuyer.customer.id);
		expect(matches["www.acme-industrial.com"]).toMatchObject({
			customerId: acme.customer.id,
			matchedBy: "domain",
		});
		expect(matches.us88123).toMatchObject({ customerId: alibaba.customer.id, matchedBy: "buyer_id" });
	});

	it("matches an unknown address at a known corporate domain by the domain, never a free-mail domain", async () => {
		const { token } = await createTeam();
		const { acme } = await seed(token);
		const res = await api(token).v1.lookup.$post({
			json: {
				emails: ["new.colleague@acme-industrial.com", "someone.else@gmail.com"],
				domains: ["gmail.com"],
			},
		});
		const { matches } = await res.json();
		expect(matches).toEqual({
			"new.colleague@acme-industrial.com": expect.objectContaining({
				customerId: acme.customer.id,
				matchedBy: "domain",
			}),
		});
	});

	it("answers 500 keys in a few statements, not one per key", async () => {
		const { token } = await createTeam();
		await seed(token);
		const emails = Array.from({ length: 400 }, (_, i) => `person${i}@company${i}.com`);
		const res = await send("/v1/lookup", {
			token,
			body: {
				emails: [...emails, "ann@acme-industrial.com"],
				domains: Array.from({ length: 98 }, (_, i) => `d${i}.com`),
				buyerIds: ["us88123"],
			},
		});
		expect(res.status).toBe(200);
		const { matches } = (await res.json()) as { matches: Record<string, unknown> };
		expect(Object.keys(matches).sort()).toEqual(["ann@acme-industrial.com", "us88123"]);
		const statements = Number(/desc="(\d+) statements"/.exec(res.headers.get("Server-Timing") ?? "")?.[1]);
		expect(statements).toBeLessThanOrEqual(15);
	});

	it("says where the buyer is, for their local time: one-zone countries plainly, several zones assumed", async () => {
		const { token } = await createTeam();
		for (const [email, country] of [
			["omar@gulf-trading.ae", "AE"],
			["mike@lakeshore-supply.com", "US"],
		]) {
			await capture(token, { source: "gmail", contact: { email }, company: { name: email, country } });
		}
		const res = await api(token).v1.lookup.$post({
			json: { emails: ["omar@gulf-trading.ae", "mike@lakeshore-supply.com"] },
		});
		const { matches } = lookupResponseSchema.parse(await res.json());
		expect(matches["omar@gulf-trading.ae"]?.localTime).toEqual({
			timeZone: "Asia/Dubai",
			country: "AE",
			assumed: false,
		});
		expect(matches["mike@lakeshore-supply.com"]?.localTime).toEqual({
			timeZone: "America/New_York",
			country: "US",
			assumed: true,
		});
	});

	it("refuses 501 keys (422) and writes nothing", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		const emails = Array.from({ length: 300 }, (_, i) => `p${i}@x${i}.com`);
		const domains = Array.from({ length: 201 }, (_, i) => `y${i}.com`);
		const problem = await expectProblem(await send("/v1/lookup", { token, body: { emails, domains } }), 422);
		expect(problem.errors?.[0]?.message).toMatch(/500/);
		expect(await tableCounts()).toEqual(before);
	});

	it("never reveals another team's customers", async () => {
		const a = await createTeam();
		const b = await createTeam();
		await seed(a.token);
		const res = await api(b.token).v1.lookup.$post({
			json: { emails: ["ann@acme-industrial.com"], domains: ["acme-industrial.com"], buyerIds: ["US88123"] },
		});
		expect(await res.json()).toEqual({ matches: {} });
	});
});
