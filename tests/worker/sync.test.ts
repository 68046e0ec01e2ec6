import { describe, expect, it } from "vitest";
import { syncResponseSchema } from "../../shared/schema/sync";
import { api, capture, createTeam } from "./support";

async function pull(token: string, since?: string, limit = "2") {
	const res = await api(token).v1.sync.$get({ query: { limit, ...(since ? { since } : {}) } });
	expect(res.status).toBe(200);
	return syncResponseSchema.parse(await res.json());
}

async function pullAll(token: string, since?: string) {
	const seen: string[] = [];
	const deleted: string[] = [];
	let cursor = since;
	for (let i = 0; i < 20; i++) {
		const page = await pull(token, cursor);
		seen.push(...page.customers.map((c) => c.name));
		deleted.push(...page.deleted);
		cursor = page.cursor;
		if (!page.hasMore) break;
	}
	return { seen, deleted, cursor: cursor as string };
}

describe("GET /v1/sync", () => {
	it("pages through every change in order, then resumes from the cursor with only newer changes and deletions", async () => {
		const { token } = await createTeam();
		const ids: Record<string, string> = {};
		for (const name of ["One", "Two", "Three", "Four", "Five"]) {
			const res = await capture(token, {
				source: "manual",
				contact: { name: `${name} contact` },
				company: { name },
			});
			ids[name] = (await res.json()).customer.id;
		}
		const first = await pullAll(token);
		expect(first.seen).toEqual(["One", "Two", "Three", "Four", "Five"]);
		expect(first.deleted).toEqual([]);

		const nothing = await pull(token, first.cursor);
		expect(nothing).toEqual({ customers: [], deleted: [], cursor: first.cursor, hasMore: false });

		await api(token).v1.customers[":id"].$patch({
			param: { id: ids.Two as string },
			json: { version: 1, name: "Two (renamed)" },
		});
		await api(token).v1.customers[":id"].$delete({ param: { id: ids.Four as string } });
		await capture(token, { source: "manual", contact: { name: "Six contact" }, company: { name: "Six" } });
		const next = await pullAll(token, first.cursor);
		expect(next.seen).toEqual(["Two (renamed)", "Six"]);
		expect(next.deleted).toEqual([ids.Four]);
	});

	it("sends identities and tier with each customer, and only the caller's team", async () => {
		const a = await createTeam();
		const b = await createTeam();
		await capture(a.token, { source: "gmail", contact: { email: "x@sync-corp.com" } });
		const page = await pull(a.token, undefined, "50");
		expect(page.customers).toHaveLength(1);
		expect(page.customers[0]).toMatchObject({
			tier: expect.any(String),
			identities: [
				{ kind: "email", value: "x@sync-corp.com" },
				{ kind: "domain", value: "sync-corp.com" },
			],
		});
		expect((await pull(b.token, undefined, "50")).customers).toEqual([]);
	});
});
