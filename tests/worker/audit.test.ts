import { describe, expect, it } from "vitest";
import { auditListSchema } from "../../shared/schema/audit";
import { addMember, api, capture, createTeam, expectProblem, send } from "./support";

describe("GET /v1/audit", () => {
	it("shows managers and admins who changed what, with before and after, newest first and paged", async () => {
		const { token, admin } = await createTeam();
		const manager = await addMember(token, "manager");
		const { customer } = await (
			await capture(token, { source: "manual", contact: { name: "Audited" } })
		).json();
		await api(token).v1.customers[":id"].$patch({
			param: { id: customer.id },
			json: { version: 1, status: "prospect" },
		});

		const res = await api(manager.token).v1.audit.$get({
			query: { entity: "customer", entityId: customer.id },
		});
		const { items } = auditListSchema.parse(await res.json());
		expect(items.map((e) => e.action)).toEqual(["customer.update", "customer.capture_create"]);
		expect(items[0]).toMatchObject({
			actorId: admin.id,
			actorName: admin.name,
			before: { status: "lead", version: 1 },
			after: { status: "prospect", version: 2 },
		});

		const first = await (await api(token).v1.audit.$get({ query: { limit: "2" } })).json();
		expect(first.items).toHaveLength(2);
		const second = await (
			await api(token).v1.audit.$get({ query: { limit: "2", cursor: first.nextCursor as string } })
		).json();
		expect(second.items[0]?.id).toBeLessThan(first.items[1]?.id as number);
	});

	it("is closed to sales (403)", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		await expectProblem(await api(sales.token).v1.audit.$get({ query: {} }), 403);
	});
});

describe("GET /v1/audit filters for the team page", () => {
	it("filters by action (exact or prefix) and by date, and keeps other teams out", async () => {
		const { token } = await createTeam();
		const other = await createTeam();
		await addMember(token, "sales");
		const query = async (t: string, q: Record<string, string>) =>
			(await (await api(t).v1.audit.$get({ query: q })).json()).items.map((e) => e.action);
		expect(await query(token, { action: "member.create" })).toEqual(["member.create", "member.create"]);
		expect((await query(token, { action: "token." })).every((a) => a.startsWith("token."))).toBe(true);
		const today = new Date().toISOString().slice(0, 10);
		expect((await query(token, { from: today, to: today })).length).toBeGreaterThan(2);
		expect(await query(token, { to: "2000-01-01" })).toEqual([]);
		expect(await query(other.token, { action: "member.create" })).toEqual(["member.create"]);
		await expectProblem(await send("/v1/audit?from=yesterday", { token }), 422);
	});
});
