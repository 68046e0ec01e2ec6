import { describe, expect, it } from "vitest";
import { customerDetailSchema, customerListSchema } from "../../shared/schema/customer";
import { addMember, api, capture, createTeam, expectProblem, send, tableCounts } from "./support";

async function seedCustomers(token: string, names: string[]) {
	const ids: string[] = [];
	for (const [i, name] of names.entries()) {
		const res = await capture(token, {
			source: "manual",
			contact: { name: `Contact ${i}`, email: `buyer${i}@${name.toLowerCase().replace(/\W+/g, "")}.com` },
			company: { name },
		});
		ids.push((await res.json()).customer.id);
	}
	return ids;
}

describe("GET /v1/customers", () => {
	it("pages through the team's customers by name with a cursor", async () => {
		const { token } = await createTeam();
		await seedCustomers(token, ["Delta Imports", "Alpha Trading", "Echo Retail", "Bravo GmbH", "Charlie Co"]);
		const names: string[] = [];
		let cursor: string | undefined;
		for (let page = 0; page < 5; page++) {
			const res = await api(token).v1.customers.$get({
				query: { limit: "2", ...(cursor ? { cursor } : {}) },
			});
			const body = customerListSchema.parse(await res.json());
			names.push(...body.items.map((c) => c.name));
			if (!body.nextCursor) break;
			cursor = body.nextCursor;
		}
		expect(names).toEqual(["Alpha Trading", "Bravo GmbH", "Charlie Co", "Delta Imports", "Echo Retail"]);
	});

	it("searches name, email and domain, and filters by owner, status, tier and pool", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		await seedCustomers(token, ["Alpha Trading", "Bravo GmbH"]);
		await capture(sales.token, {
			source: "gmail",
			contact: { email: "kim@seoul-mart.kr" },
			company: { name: "Seoul Mart" },
		});
		const search = async (query: Record<string, string>) =>
			((await (await api(token).v1.customers.$get({ query })).json()).items as Array<{ name: string }>).map(
				(c) => c.name,
			);
		expect(await search({ q: "bravo" })).toEqual(["Bravo GmbH"]);
		expect(await search({ q: "kim@seoul" })).toEqual(["Seoul Mart"]);
		expect(await search({ q: "seoul-mart.kr" })).toEqual(["Seoul Mart"]);
		expect(await search({ q: "100%_" })).toEqual([]);
		expect(await search({ owner: sales.member.id })).toEqual(["Seoul Mart"]);
		expect(await search({ owner: "me" })).toEqual(["Alpha Trading", "Bravo GmbH"]);
		expect(await search({ status: "lead", tier: "lead" })).toHaveLength(3);
		expect(await search({ status: "active" })).toEqual([]);
		expect(await search({ pool: "true" })).toEqual([]);
	});

	it("rejects a forged cursor with a 422 problem", async () => {
		const { token } = await createTeam();
		const problem = await expectProblem(await send("/v1/customers?cursor=not-a-cursor", { token }), 422);
		expect(problem.errors?.[0]?.path).toBe("cursor");
	});
});

describe("GET /v1/customers/:id", () => {
	it("answers the customer with contacts, interactions, orders, notes and the score's explanation", async () => {
		const { token } = await createTeam();
		const created = await (
			await capture(token, {
				source: "gmail",
				contact: { name: "Ana", email: "ana@lisbon-foods.pt" },
				company: { name: "Lisbon Foods" },
				thread: {
					externalId: "th-1",
					subject: "Olive oil tins",
					messages: [{ id: "m1", body: "Price for 20ft?" }],
				},
			})
		).json();
		const id = created.customer.id;
		await api(token).v1.customers[":id"].notes.$post({ param: { id }, json: { body: "Prefers WhatsApp" } });
		await api(token).v1.customers[":id"].orders.$post({
			param: { id },
			json: { amount: 12000, currency: "EUR", date: "2026-01-15" },
		});
		const res = await api(token).v1.customers[":id"].$get({ param: { id } });
		const detail = customerDetailSchema.parse(await res.json());
		expect(detail.contacts.map((c) => c.email)).toEqual(["ana@lisbon-foods.pt"]);
		expect(detail.interactions).toMatchObject([
			{ externalId: "th-1", subject: "Olive oil tins", source: "gmail" },
		]);
		expect(detail.orders).toMatchObject([{ amount: 12000, currency: "EUR", date: "2026-01-15" }]);
		expect(detail.notes).toMatchObject([{ body: "Prefers WhatsApp" }]);
		expect(detail.explanation).toMatchObject({ current: expect.any(Array), potential: expect.any(Array) });
	});

	it("answers 404 for an unknown id", async () => {
		const { token } = await createTeam();
		await expectProblem(await api(token).v1.customers[":id"].$get({ param: { id: "cus_nope" } }), 404);
	});
});

describe("PATCH /v1/customers/:id", () => {
	it("changes whitelisted fields, normalises them, bumps the version and re-scores", async () => {
		const { token } = await createTeam();
		const [id] = await seedCustomers(token, ["Gamma Supplies"]);
		const res = await api(token).v1.customers[":id"].$patch({
			param: { id: id as string },
			json: {
				version: 1,
				name: "Gamma Supplies Pty",
				country: "Australia",
				buyerType: "distributor",
				status: "prospect",
			},
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			name: "Gamma Supplies Pty",
			country: "AU",
			buyerType: "distributor",
			status: "prospect",
			version: 2,
		});
	});

	it("answers 409 for a stale version and changes nothing", async () => {
		const { token } = await createTeam();
		const [id] = await seedCustomers(token, ["Stale Ltd"]);
		await api(token).v1.customers[":id"].$patch({
			param: { id: id as string },
			json: { version: 1, status: "prospect" },
		});
		const before = await tableCounts();
		const stale = await api(token).v1.customers[":id"].$patch({
			param: { id: id as string },
			json: { version: 1, name: "Overwritten" },
		});
		const problem = await expectProblem(stale, 409);
		expect(problem.errors).toEqual([{ path: "version", message: "Current version is 2" }]);
		expect(await tableCounts()).toEqual(before);
		const current = await (await api(token).v1.customers[":id"].$get({ param: { id: id as string } })).json();
		expect(current.name).toBe("Stale Ltd");
	});
});

describe("DELETE /v1/customers/:id", () => {
	it("soft-deletes for managers and admins (403 for sales), freeing the identities", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const [id] = await seedCustomers(token, ["Gone Soon"]);
		await expectProblem(
			await api(sales.token).v1.customers[":id"].$delete({ param: { id: id as string } }),
			403,
		);
		const res = await api(token).v1.customers[":id"].$delete({ param: { id: id as string } });
		expect(res.status).toBe(204);
		await expectProblem(await api(token).v1.customers[":id"].$get({ param: { id: id as string } }), 404);
		const again = await capture(token, { source: "manual", contact: { email: "buyer0@gonesoon.com" } });
		expect(again.status).toBe(201);
		expect((await again.json()).customer.id).not.toBe(id);
	});
});
