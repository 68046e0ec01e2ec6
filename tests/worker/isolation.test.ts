import { describe, expect, it } from "vitest";
import { addMember, api, capture, createTeam, expectProblem, send, tableCounts } from "./support";

describe("team isolation", () => {
	it("gives team B a 404 for every one of team A's records and changes none of them", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const salesA = await addMember(a.token, "sales");
		const { customer } = await (
			await capture(a.token, { source: "gmail", contact: { email: "secret@team-a-buyer.com" } })
		).json();
		const id = customer.id;
		const tokenId = (await (await api(salesA.token).v1.tokens.$get()).json()).items[0]?.id as string;
		const before = await tableCounts();
		const t = b.token;
		const attempts: Array<Promise<Response>> = [
			send(`/v1/customers/${id}`, { token: t }),
			send(`/v1/customers/${id}`, { token: t, method: "PATCH", body: { version: 1, name: "Stolen" } }),
			send(`/v1/customers/${id}`, { token: t, method: "DELETE" }),
			send(`/v1/customers/${id}/transfer`, { token: t, body: { toMemberId: b.admin.id } }),
			send(`/v1/customers/${id}/release`, { token: t, body: {} }),
			send(`/v1/customers/${id}/claim`, { token: t, method: "POST" }),
			send(`/v1/customers/${id}/orders`, {
				token: t,
				body: { amount: 1, currency: "USD", date: "2026-01-01" },
			}),
			send(`/v1/customers/${id}/orders`, { token: t }),
			send(`/v1/customers/${id}/notes`, { token: t, body: { body: "hi" } }),
			send(`/v1/customers/${id}/notes`, { token: t }),
			send(`/v1/members/${salesA.member.id}`, { token: t, method: "PATCH", body: { active: false } }),
			send(`/v1/tokens/${tokenId}`, { token: t, method: "DELETE" }),
			send("/v1/tokens", { token: t, body: { memberId: salesA.member.id } }),
			send("/v1/customers/bulk-transfer", {
				token: t,
				body: { fromMemberId: salesA.member.id, toMemberIds: [b.admin.id] },
			}),
		];
		for (const res of await Promise.all(attempts)) await expectProblem(res, 404);
		expect(await tableCounts()).toEqual(before);
		expect((await api(a.token).v1.customers[":id"].$get({ param: { id } })).status).toBe(200);
	});

	it("never lists, searches, syncs, audits or captures into another team's customers", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const fromA = await (
			await capture(a.token, { source: "gmail", contact: { email: "joint@shared-buyer.com" } })
		).json();
		const list = await (await api(b.token).v1.customers.$get({ query: { q: "shared-buyer" } })).json();
		expect(list.items).toEqual([]);
		const audit = await (await api(b.token).v1.audit.$get({ query: { entityId: fromA.customer.id } })).json();
		expect(audit.items).toEqual([]);
		const fromB = await (
			await capture(b.token, { source: "gmail", contact: { email: "joint@shared-buyer.com" } })
		).json();
		expect(fromB.created).toBe(true);
		expect(fromB.customer.id).not.toBe(fromA.customer.id);
		const members = await (await api(b.token).v1.members.$get()).json();
		expect(members.items.map((m) => m.id)).toEqual([b.admin.id]);
	});
});
