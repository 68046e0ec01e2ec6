import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { addMember, api, capture, createTeam, expectProblem, send, unique } from "./support";

async function ownCustomer(token: string, tier: string) {
	const email = `buyer@${unique("co")}.com`;
	const res = await capture(token, { source: "gmail", contact: { email } });
	expect(res.status).toBeLessThan(300);
	const { customer } = await res.json();
	await env.DB.prepare("UPDATE customers SET tier = ? WHERE id = ?").bind(tier, customer.id).run();
	return customer.id;
}

describe("/v1/members/overview and tokens", () => {
	it("lists role, status, last active and customers per tier; a salesperson sees only themself", async () => {
		const { token, admin } = await createTeam();
		const sales = await addMember(token, "sales", "Sam");
		await ownCustomer(sales.token, "gold");
		await ownCustomer(sales.token, "gold");
		await ownCustomer(sales.token, "platinum");
		const res = await api(token).v1.members.overview.$get();
		const { items } = await res.json();
		const sam = items.find((m) => m.id === sales.member.id);
		expect(sam).toMatchObject({ role: "sales", active: true, liveTokens: 1 });
		expect(sam?.customers).toEqual({ platinum: 1, gold: 2, iron: 0, lead: 0 });
		expect(sam?.lastActiveAt).toEqual(expect.any(String));
		expect(items.find((m) => m.id === admin.id)?.customers).toEqual({
			platinum: 0,
			gold: 0,
			iron: 0,
			lead: 0,
		});
		const mine = await (await api(sales.token).v1.members.overview.$get()).json();
		expect(mine.items.map((m) => m.id)).toEqual([sales.member.id]);
	});

	it("deactivation revokes every token at once; reactivating brings none back", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const second = await api(token).v1.tokens.$post({ json: { memberId: sales.member.id, label: "laptop" } });
		const { token: secondToken } = await second.json();
		const off = await api(token).v1.members[":id"].$patch({
			param: { id: sales.member.id },
			json: { active: false },
		});
		expect(off.status).toBe(200);
		const tokens = await (
			await api(token).v1.members[":id"].tokens.$get({ param: { id: sales.member.id } })
		).json();
		expect(tokens.items).toHaveLength(2);
		expect(tokens.items.every((t) => t.revokedAt !== null)).toBe(true);
		const on = await api(token).v1.members[":id"].$patch({
			param: { id: sales.member.id },
			json: { active: true },
		});
		expect(await on.json()).toMatchObject({ active: true });
		await expectProblem(await send("/v1/me", { token: sales.token }), 401);
		await expectProblem(await send("/v1/me", { token: secondToken }), 401);
	});

	it("shows a member's tokens to admins and to that member only; another team → 404", async () => {
		const { token } = await createTeam();
		const other = await createTeam();
		const sales = await addMember(token, "sales");
		const manager = await addMember(token, "manager");
		const own = await api(sales.token).v1.members[":id"].tokens.$get({ param: { id: sales.member.id } });
		expect((await own.json()).items).toHaveLength(1);
		await expectProblem(
			await api(manager.token).v1.members[":id"].tokens.$get({ param: { id: sales.member.id } }),
			403,
		);
		await expectProblem(
			await api(other.token).v1.members[":id"].tokens.$get({ param: { id: sales.member.id } }),
			404,
		);
	});
});
