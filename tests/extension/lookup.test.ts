// @vitest-environment node
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { putCustomers } from "../../extension/store/customers";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { createApiClient } from "../../extension/sync/api-client";
import { chunks, LOOKUP_TTL, LookupService, TAB_LOOKUP_BUDGET } from "../../extension/sync/lookup";
import type { LookupMatch } from "../../shared/schema/lookup";
import { customer } from "./support/fixtures";
import { startScriptedServer } from "./support/scripted-server";

const remoteMatch: LookupMatch = {
	customerId: "srv9",
	name: "Gulf Imports",
	tier: "gold",
	tierLabel: "Gold",
	ownerName: "Chen Jing",
	ownerId: "mem_2",
	churn: false,
	inPool: false,
	matchedBy: "email",
};

describe("lookups: cache first, then one batched call", () => {
	let db: TierlineDb;
	let server: Awaited<ReturnType<typeof startScriptedServer>>;
	let now = 1_000_000;
	let service: LookupService;

	beforeEach(async () => {
		db = openDb(`lookup-${crypto.randomUUID()}`);
		server = await startScriptedServer(() => ({
			status: 200,
			body: { matches: { "omar@gulf-imports.ae": remoteMatch } },
		}));
		const client = createApiClient({ apiUrl: server.url, token: "t" });
		service = new LookupService(db, (keys) => client.lookup(keys), { windowMs: 50, now: () => now });
		await putCustomers(db, [
			customer({ id: "c1", name: "Brandhaus", identities: [{ kind: "email", value: "anna@brandhaus.de" }] }),
		]);
	});
	afterEach(async () => {
		await server.close();
		await db.delete();
	});

	it("answers known keys from the cache without calling the API", async () => {
		const matches = await service.lookup({ emails: ["Anna@Brandhaus.de"] });
		expect(matches["anna@brandhaus.de"]).toMatchObject({ customerId: "c1", matchedBy: "email" });
		expect(server.requests).toHaveLength(0);
	});

	it("answers an email from its company's cached customer, by the corporate domain rule", async () => {
		await putCustomers(db, [
			customer({
				id: "c2",
				name: "Acme Ltd",
				domain: "acme.co.uk",
				identities: [{ kind: "domain", value: "acme.co.uk" }],
			}),
		]);
		const matches = await service.lookup({
			emails: ["li@sales.acme.co.uk", "x@outlook.fr"],
			domains: ["www.acme.co.uk"],
		});
		expect(matches["li@sales.acme.co.uk"]).toMatchObject({ customerId: "c2", matchedBy: "domain" });
		expect(matches["www.acme.co.uk"]).toMatchObject({ customerId: "c2", matchedBy: "domain" });
		// Only the free-mail address went to the API.
		expect(server.requests.map((r) => r.body)).toEqual([
			{ emails: ["x@outlook.fr"], domains: [], buyerIds: [] },
		]);
	});

	it("a tab asks the API about at most TAB_LOOKUP_BUDGET keys a minute; the cache still answers", async () => {
		const many = Array.from({ length: TAB_LOOKUP_BUDGET.keys + 50 }, (_, i) => `probe${i}@guess-${i}.com`);
		await service.lookup({ emails: [...many, "anna@brandhaus.de"] }, 7);
		const sent = server.requests.flatMap((r) => (r.body as { emails: string[] }).emails);
		expect(sent).toHaveLength(TAB_LOOKUP_BUDGET.keys);
		const again = await service.lookup({ emails: ["late@other.com", "anna@brandhaus.de"] }, 7);
		expect(again["anna@brandhaus.de"]?.customerId).toBe("c1");
		expect(server.requests.flatMap((r) => (r.body as { emails: string[] }).emails)).toHaveLength(
			TAB_LOOKUP_BUDGET.keys,
		);
		// Another tab, and a minute later the same tab, may ask again.
		await service.lookup({ emails: ["late@other.com"] }, 8);
		now += TAB_LOOKUP_BUDGET.perMs;
		await service.lookup({ emails: ["later@other.com"] }, 7);
		expect(server.requests.flatMap((r) => (r.body as { emails: string[] }).emails).slice(-2)).toEqual([
			"late@other.com",
			"later@other.com",
		]);
	});

	it("coalesces concurrent lookups of unknown keys into one request", async () => {
		const [a, b, c] = await Promise.all([
			service.lookup({ emails: ["omar@gulf-imports.ae"] }),
			service.lookup({ emails: ["nobody@nowhere.io", "anna@brandhaus.de"] }),
			service.lookup({ domains: ["gulf-imports.ae"], buyerIds: ["B1"] }),
		]);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0]?.body).toEqual({
			emails: ["omar@gulf-imports.ae", "nobody@nowhere.io"],
			domains: ["gulf-imports.ae"],
			buyerIds: ["b1"],
		});
		expect(a["omar@gulf-imports.ae"]?.customerId).toBe("srv9");
		expect(Object.keys(b)).toEqual(["anna@brandhaus.de"]);
		expect(c).toEqual({});
	});

	it("remembers answers, negative ones briefly", async () => {
		await service.lookup({ emails: ["omar@gulf-imports.ae", "nobody@nowhere.io"] });
		await service.lookup({ emails: ["omar@gulf-imports.ae", "nobody@nowhere.io"] });
		expect(server.requests).toHaveLength(1);
		now += LOOKUP_TTL.missMs + 1;
		await service.lookup({ emails: ["omar@gulf-imports.ae", "nobody@nowhere.io"] });
		expect(server.requests).toHaveLength(2);
		expect(server.requests[1]?.body).toMatchObject({ emails: ["nobody@nowhere.io"] });
	});

	it("answers from the cache alone when the API is down", async () => {
		await server.close();
		const matches = await service.lookup({ emails: ["anna@brandhaus.de", "omar@gulf-imports.ae"] });
		expect(Object.keys(matches)).toEqual(["anna@brandhaus.de"]);
		expect(await db.lookups.count()).toBe(0);
		server = await startScriptedServer(() => ({ status: 200, body: { matches: {} } }));
	});

	it("splits more keys than one request may carry", () => {
		const split = chunks({ emails: ["a", "b", "c"], domains: ["d"], buyerIds: ["e"] }, 2);
		expect(split).toEqual([
			{ emails: ["a", "b"], domains: [], buyerIds: [] },
			{ emails: ["c"], domains: ["d"], buyerIds: [] },
			{ emails: [], domains: [], buyerIds: ["e"] },
		]);
	});
});
