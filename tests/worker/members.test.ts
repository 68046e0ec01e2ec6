import { describe, expect, it } from "vitest";
import { addMember, api, createTeam, expectProblem, send, tableCounts, unique } from "./support";

describe("/v1/members", () => {
	it("lets an admin add members, and any member list them", async () => {
		const { token, admin } = await createTeam();
		const sales = await addMember(token, "sales", "Sam");
		const manager = await addMember(token, "manager", "Mia");
		const res = await api(sales.token).v1.members.$get();
		expect(res.status).toBe(200);
		const { items } = await res.json();
		expect(items.map((m) => m.id)).toEqual([admin.id, manager.member.id, sales.member.id]);
		expect(sales.member).toMatchObject({ name: "Sam", role: "sales", active: true });
	});

	it("answers 409 for an email already in the team, and changes nothing", async () => {
		const { token } = await createTeam();
		const email = `${unique("dup")}@example.com`;
		const first = await api(token).v1.members.$post({ json: { name: "A", email, role: "sales" } });
		expect(first.status).toBe(201);
		const before = await tableCounts();
		const again = await api(token).v1.members.$post({ json: { name: "B", email: email.toUpperCase() } });
		await expectProblem(again, 409);
		expect(await tableCounts()).toEqual(before);
	});

	it("keeps member management for admins (403 for managers and sales)", async () => {
		const { token } = await createTeam();
		const manager = await addMember(token, "manager");
		const sales = await addMember(token, "sales");
		const before = await tableCounts();
		for (const caller of [manager, sales]) {
			const add = await api(caller.token).v1.members.$post({ json: { name: "X", email: "x@example.com" } });
			await expectProblem(add, 403);
			const patch = await api(caller.token).v1.members[":id"].$patch({
				param: { id: sales.member.id },
				json: { role: "admin" },
			});
			await expectProblem(patch, 403);
		}
		expect(await tableCounts()).toEqual(before);
	});

	it("changes roles and deactivates; a deactivated member's tokens stop working", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const promoted = await api(token).v1.members[":id"].$patch({
			param: { id: sales.member.id },
			json: { role: "manager" },
		});
		expect(promoted.status).toBe(200);
		expect(await promoted.json()).toMatchObject({ role: "manager", active: true });
		expect((await api(sales.token).v1.me.$get()).status).toBe(200);

		const off = await api(token).v1.members[":id"].$patch({
			param: { id: sales.member.id },
			json: { active: false },
		});
		expect(await off.json()).toMatchObject({ active: false });
		await expectProblem(await send("/v1/me", { token: sales.token }), 401);
	});

	it("never leaves the team without an active admin", async () => {
		const { token, admin } = await createTeam();
		const before = await tableCounts();
		const demote = await api(token).v1.members[":id"].$patch({
			param: { id: admin.id },
			json: { role: "sales" },
		});
		await expectProblem(demote, 409);
		const deactivate = await api(token).v1.members[":id"].$patch({
			param: { id: admin.id },
			json: { active: false },
		});
		await expectProblem(deactivate, 409);
		expect(await tableCounts()).toEqual(before);
		expect((await api(token).v1.me.$get()).status).toBe(200);
	});

	it("answers 404 for a member of another team", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const res = await api(b.token).v1.members[":id"].$patch({
			param: { id: a.admin.id },
			json: { role: "sales" },
		});
		await expectProblem(res, 404);
	});
});
