import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { addMember, api, capture, createTeam, expectProblem, tableCounts, unique } from "./support";

describe("bulk transfer with deactivate", () => {
	it("is the admins' only: a manager can't deactivate a member (403) and nothing changes", async () => {
		const team = await createTeam();
		const manager = await addMember(team.token, "manager");
		const secondAdmin = await addMember(team.token, "admin");
		const receiver = await addMember(team.token, "sales");
		const made = await capture(secondAdmin.token, {
			source: "manual",
			contact: { name: "Buyer", email: `${unique("b")}@bulk-deactivate-check.com` },
		});
		expect(made.status).toBe(201);
		const before = await tableCounts();

		const res = await api(manager.token).v1.customers["bulk-transfer"].$post({
			json: { fromMemberId: secondAdmin.member.id, toMemberIds: [receiver.member.id], deactivate: true },
		});
		await expectProblem(res, 403);
		expect(await tableCounts()).toEqual(before);
		const row = await env.DB.prepare("SELECT active FROM members WHERE id = ?")
			.bind(secondAdmin.member.id)
			.first<{ active: number }>();
		expect(row?.active).toBe(1);
		expect((await api(secondAdmin.token).v1.me.$get()).status).toBe(200);

		// Without deactivate a manager still moves the customers.
		const moved = await api(manager.token).v1.customers["bulk-transfer"].$post({
			json: { fromMemberId: secondAdmin.member.id, toMemberIds: [receiver.member.id] },
		});
		expect(moved.status).toBe(200);
		expect(await moved.json()).toMatchObject({ moved: 1, deactivated: false });
	});
});
