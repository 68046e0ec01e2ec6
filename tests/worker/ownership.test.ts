import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { addMember, api, capture, createTeam, expectProblem, tableCounts } from "./support";

async function customerOf(token: string, email: string): Promise<string> {
	return (await (await capture(token, { source: "gmail", contact: { email } })).json()).customer.id;
}

describe("transfer", () => {
	it("lets the owner, a manager or an admin transfer; not a salesperson who does not own it", async () => {
		const { token } = await createTeam();
		const owner = await addMember(token, "sales", "Olga");
		const other = await addMember(token, "sales", "Oscar");
		const manager = await addMember(token, "manager", "Mona");
		const id = await customerOf(owner.token, "buyer@porto-wines.pt");
		const transfer = (caller: string, to: string) =>
			api(caller).v1.customers[":id"].transfer.$post({
				param: { id },
				json: { toMemberId: to, reason: "territory" },
			});

		const before = await tableCounts();
		await expectProblem(await transfer(other.token, other.member.id), 403);
		expect(await tableCounts()).toEqual(before);

		const byOwner = await transfer(owner.token, other.member.id);
		expect(byOwner.status).toBe(200);
		expect((await byOwner.json()).owner).toMatchObject({ id: other.member.id, name: "Oscar" });
		const byManager = await transfer(manager.token, owner.member.id);
		expect((await byManager.json()).owner?.id).toBe(owner.member.id);
		const audit = await env.DB.prepare(
			"SELECT count(*) AS n FROM audit_log WHERE action = 'customer.transfer' AND entity_id = ?",
		)
			.bind(id)
			.first<{ n: number }>();
		expect(audit?.n).toBe(2);
	});

	it("refuses unknown (404) and deactivated (409) receivers", async () => {
		const { token } = await createTeam();
		const leaver = await addMember(token, "sales");
		const id = await customerOf(token, "x@helsinki-tools.fi");
		await api(token).v1.members[":id"].$patch({ param: { id: leaver.member.id }, json: { active: false } });
		const transfer = (to: string) =>
			api(token).v1.customers[":id"].transfer.$post({ param: { id }, json: { toMemberId: to } });
		await expectProblem(await transfer("mem_unknown"), 404);
		await expectProblem(await transfer(leaver.member.id), 409);
	});
});

describe("public pool", () => {
	it("releases to the pool and lets any member claim it; claiming again is 409", async () => {
		const { token } = await createTeam();
		const a = await addMember(token, "sales");
		const b = await addMember(token, "sales");
		const id = await customerOf(a.token, "buyer@cairo-textiles.eg");
		await expectProblem(
			await api(b.token).v1.customers[":id"].release.$post({ param: { id }, json: {} }),
			403,
		);

		const released = await api(a.token).v1.customers[":id"].release.$post({ param: { id }, json: {} });
		expect(await released.json()).toMatchObject({ inPool: true, owner: null });
		const pool = await (await api(b.token).v1.customers.$get({ query: { pool: "true" } })).json();
		expect(pool.items.map((c) => c.id)).toEqual([id]);

		const claimed = await api(b.token).v1.customers[":id"].claim.$post({ param: { id } });
		expect(await claimed.json()).toMatchObject({ inPool: false, owner: { id: b.member.id } });
		const before = await tableCounts();
		await expectProblem(await api(a.token).v1.customers[":id"].claim.$post({ param: { id } }), 409);
		expect(await tableCounts()).toEqual(before);
	});

	it("keeps a pooled customer in the pool when someone captures it again", async () => {
		const { token } = await createTeam();
		const id = await customerOf(token, "buyer@lima-crafts.pe");
		await api(token).v1.customers[":id"].release.$post({ param: { id }, json: {} });
		const sales = await addMember(token, "sales");
		const again = await (
			await capture(sales.token, { source: "gmail", contact: { email: "buyer@lima-crafts.pe" } })
		).json();
		expect(again.customer).toMatchObject({ id, inPool: true, owner: null });
	});

	it("lets exactly one of two simultaneous claims win", async () => {
		const { token } = await createTeam();
		const a = await addMember(token, "sales");
		const b = await addMember(token, "sales");
		const id = await customerOf(token, "buyer@quito-flowers.ec");
		await api(token).v1.customers[":id"].release.$post({ param: { id }, json: {} });
		const results = await Promise.all(
			[a, b].map((m) => api(m.token).v1.customers[":id"].claim.$post({ param: { id } })),
		);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
	});
});

describe("bulk transfer of a leaving member's customers", () => {
	it("spreads them round-robin over the receivers and can deactivate the leaver", async () => {
		const { token } = await createTeam();
		const leaver = await addMember(token, "sales", "Leo");
		const r1 = await addMember(token, "sales", "Rita");
		const r2 = await addMember(token, "sales", "Ravi");
		const ids: string[] = [];
		for (const name of ["a", "b", "c", "d", "e"])
			ids.push(await customerOf(leaver.token, `buyer@${name}-leo-clients.com`));
		const keep = await customerOf(r1.token, "buyer@rita-own.com");

		const sales = await addMember(token, "sales");
		const denied = await api(sales.token).v1.customers["bulk-transfer"].$post({
			json: { fromMemberId: leaver.member.id, toMemberIds: [r1.member.id] },
		});
		await expectProblem(denied, 403);

		const res = await api(token).v1.customers["bulk-transfer"].$post({
			json: { fromMemberId: leaver.member.id, toMemberIds: [r1.member.id, r2.member.id], deactivate: true },
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({
			moved: 5,
			perMember: [
				{ memberId: r1.member.id, count: 3 },
				{ memberId: r2.member.id, count: 2 },
			],
			deactivated: true,
		});
		const owners = await env.DB.prepare(
			`SELECT owner_id, count(*) AS n FROM customers WHERE id IN (${ids.map(() => "?").join(",")}) GROUP BY owner_id ORDER BY n DESC`,
		)
			.bind(...ids)
			.all();
		expect(owners.results).toEqual([
			{ owner_id: r1.member.id, n: 3 },
			{ owner_id: r2.member.id, n: 2 },
		]);
		const kept = await (await api(token).v1.customers[":id"].$get({ param: { id: keep } })).json();
		expect(kept.owner?.id).toBe(r1.member.id);
		await expectProblem(await api(leaver.token).v1.me.$get(), 401);
		const audit = await env.DB.prepare(
			"SELECT count(*) AS n FROM audit_log WHERE action = 'customer.transfer' AND json_extract(after, '$.bulkFrom') = ?",
		)
			.bind(leaver.member.id)
			.first<{ n: number }>();
		expect(audit?.n).toBe(5);
	});

	it("refuses a receiver from another team (404) and changes nothing", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const leaver = await addMember(a.token, "sales");
		await customerOf(leaver.token, "buyer@cross-team.com");
		const before = await tableCounts();
		const res = await api(a.token).v1.customers["bulk-transfer"].$post({
			json: { fromMemberId: leaver.member.id, toMemberIds: [b.admin.id] },
		});
		await expectProblem(res, 404);
		expect(await tableCounts()).toEqual(before);
	});
});
