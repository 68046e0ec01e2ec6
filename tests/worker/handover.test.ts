import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { HandoverInput } from "../../shared/schema/handover";
import { addMember, api, capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

async function ownCustomers(token: string, tiers: string[]) {
	const ids: string[] = [];
	for (const tier of tiers) {
		const res = await capture(token, { source: "gmail", contact: { email: `buyer@${unique("co")}.com` } });
		const { customer } = await res.json();
		await env.DB.prepare("UPDATE customers SET tier = ? WHERE id = ?").bind(tier, customer.id).run();
		ids.push(customer.id);
	}
	return ids;
}

const preview = (token: string, body: HandoverInput | Record<string, unknown>) =>
	send("/v1/team/handover/preview", { token, body });
const commit = (token: string, body: HandoverInput | Record<string, unknown>) =>
	send("/v1/team/handover", { token, body });

describe("/v1/team/handover (人走客留)", () => {
	it("previews counts per receiver and tier, then hands over in one audited action", async () => {
		const { token } = await createTeam();
		const leaver = await addMember(token, "sales", "Leo");
		const a = await addMember(token, "sales", "Ann");
		const b = await addMember(token, "sales", "Bob");
		const ids = await ownCustomers(leaver.token, [
			"platinum",
			"gold",
			"gold",
			"gold",
			"iron",
			"lead",
			"lead",
		]);
		const body = {
			fromMemberId: leaver.member.id,
			receivers: [a.member.id, b.member.id],
			tiers: { lead: "pool" },
		};
		const before = await tableCounts();
		const res = await preview(token, body);
		expect(res.status).toBe(200);
		const plan = (await res.json()) as { receivers: unknown[]; pool: unknown; total: number };
		expect(plan.total).toBe(7);
		expect(plan.receivers).toEqual([
			{ memberId: a.member.id, name: "Ann", counts: { platinum: 1, gold: 1, iron: 1, lead: 0 }, total: 3 },
			{ memberId: b.member.id, name: "Bob", counts: { platinum: 0, gold: 2, iron: 0, lead: 0 }, total: 2 },
		]);
		expect(plan.pool).toEqual({ counts: { platinum: 0, gold: 0, iron: 0, lead: 2 }, total: 2 });
		expect(await tableCounts()).toEqual(before);

		const done = await commit(token, body);
		expect(done.status).toBe(200);
		const owners = await env.DB.prepare(
			`SELECT owner_id, in_pool, count(*) AS n FROM customers WHERE id IN (${ids.map(() => "?").join(",")}) GROUP BY owner_id, in_pool ORDER BY n DESC`,
		)
			.bind(...ids)
			.all();
		expect(owners.results).toEqual(
			expect.arrayContaining([
				{ owner_id: a.member.id, in_pool: 0, n: 3 },
				{ owner_id: b.member.id, in_pool: 0, n: 2 },
				{ owner_id: null, in_pool: 1, n: 2 },
			]),
		);
		const audit = await env.DB.prepare(
			"SELECT action, count(*) AS n FROM audit_log WHERE team_id = (SELECT team_id FROM members WHERE id = ?) AND at = (SELECT max(at) FROM audit_log) GROUP BY action ORDER BY action",
		)
			.bind(a.member.id)
			.all();
		expect(audit.results).toEqual([
			{ action: "customer.release", n: 2 },
			{ action: "customer.transfer", n: 5 },
			{ action: "team.handover", n: 1 },
		]);
		// Receivers' devices learn of it through sync: the moved customers carry a new sync position.
		const sync = await (await api(a.token).v1.sync.$get({ query: { limit: "100" } })).json();
		expect(
			sync.customers.filter((c: { owner: { id: string } | null }) => c.owner?.id === a.member.id),
		).toHaveLength(3);
		// Nothing left: a second run hands over nothing.
		const again = (await (await preview(token, body)).json()) as { total: number };
		expect(again.total).toBe(0);
	});

	it("marks handed-over customers as new to their receiver until they change hands again", async () => {
		const { token } = await createTeam();
		const leaver = await addMember(token, "sales", "Leo");
		const receiver = await addMember(token, "sales", "Ann");
		const [id] = (await ownCustomers(leaver.token, ["gold"])) as [string];
		type Shown = { handover?: unknown; ownerSince: string | null };
		const shown = async () =>
			(await (await send(`/v1/customers/${id}`, { token: receiver.token })).json()) as Shown;
		const before = await shown();
		expect(before.handover ?? null).toBeNull();
		expect(
			(await commit(token, { fromMemberId: leaver.member.id, receivers: [receiver.member.id] })).status,
		).toBe(200);
		const handed = await shown();
		expect(handed.handover).toEqual({ fromId: leaver.member.id, fromName: "Leo", at: handed.ownerSince });
		const sync = await (await api(receiver.token).v1.sync.$get({ query: { limit: "100" } })).json();
		expect(sync.customers.find((c: { id: string }) => c.id === id)?.handover?.fromName).toBe("Leo");
		// Released to the pool (and claimed back), the handover no longer explains the owner.
		expect((await send(`/v1/customers/${id}/release`, { token: receiver.token, body: {} })).status).toBe(200);
		expect((await send(`/v1/customers/${id}/claim`, { token: receiver.token, body: {} })).status).toBe(200);
		const later = await shown();
		expect(later.handover).toBeNull();
	});

	it("answers 422 with field paths for a bad receiver, a foreign customer or nobody to spread to; nothing changes", async () => {
		const { token } = await createTeam();
		const leaver = await addMember(token, "sales");
		const gone = await addMember(token, "sales");
		await api(token).v1.members[":id"].$patch({ param: { id: gone.member.id }, json: { active: false } });
		await ownCustomers(leaver.token, ["gold"]);
		const before = await tableCounts();
		const bad = await expectProblem(
			await commit(token, {
				fromMemberId: leaver.member.id,
				receivers: [gone.member.id, leaver.member.id],
				assignments: [{ customerId: "cus_nope", to: "pool" }],
			}),
			422,
		);
		expect(bad.errors?.map((e) => e.path)).toEqual([
			"receivers.0",
			"receivers.1",
			"assignments.0.customerId",
		]);
		const nobody = await expectProblem(await commit(token, { fromMemberId: leaver.member.id }), 422);
		expect(nobody.errors?.map((e) => e.path)).toEqual(["receivers"]);
		await expectProblem(await commit(token, { fromMemberId: leaver.member.id, extra: 1 }), 422);
		expect(await tableCounts()).toEqual(before);
	});

	it("is for managers and admins; another team's member answers 404", async () => {
		const { token } = await createTeam();
		const other = await createTeam();
		const leaver = await addMember(token, "sales");
		const sales = await addMember(token, "sales");
		const manager = await addMember(token, "manager");
		await ownCustomers(leaver.token, ["iron"]);
		const body = { fromMemberId: leaver.member.id, tiers: { iron: "pool" } };
		await expectProblem(await preview(sales.token, body), 403);
		await expectProblem(await commit(sales.token, body), 403);
		await expectProblem(await preview(other.token, body), 404);
		expect((await commit(manager.token, body)).status).toBe(200);
	});
});
