import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { addMember, api, createTeam, expectProblem, send, tableCounts } from "./support";

describe("/v1/tokens", () => {
	it("issues a token once, lists it without the secret, and revokes it (401 afterwards)", async () => {
		const { token: adminToken } = await createTeam();
		const sales = await addMember(adminToken, "sales");
		const issued = await api(sales.token).v1.tokens.$post({ json: { label: "laptop" } });
		expect(issued.status).toBe(201);
		const second = await issued.json();
		expect(second).toMatchObject({ memberId: sales.member.id, label: "laptop", revokedAt: null });
		expect((await api(second.token).v1.me.$get()).status).toBe(200);

		const listed = await (await api(sales.token).v1.tokens.$get()).json();
		expect(listed.items).toHaveLength(2);
		expect(JSON.stringify(listed)).not.toContain(second.token);

		const revoked = await api(sales.token).v1.tokens[":id"].$delete({ param: { id: second.id } });
		expect(revoked.status).toBe(200);
		expect((await revoked.json()).revokedAt).toEqual(expect.any(String));
		await expectProblem(await send("/v1/me", { token: second.token }), 401);
		expect((await api(sales.token).v1.me.$get()).status).toBe(200);
	});

	it("lets admins issue and revoke for any member; others only for themselves", async () => {
		const { token: adminToken, admin } = await createTeam();
		const sales = await addMember(adminToken, "sales");
		const other = await addMember(adminToken, "manager");
		const before = await tableCounts();
		await expectProblem(await api(sales.token).v1.tokens.$post({ json: { memberId: admin.id } }), 403);
		const otherTokenId = (await env.DB.prepare("SELECT id FROM api_tokens WHERE member_id = ?")
			.bind(other.member.id)
			.first<{ id: string }>())!.id;
		await expectProblem(
			await api(sales.token).v1.tokens[":id"].$delete({ param: { id: otherTokenId } }),
			403,
		);
		expect(await tableCounts()).toEqual(before);

		const revoked = await api(adminToken).v1.tokens[":id"].$delete({ param: { id: otherTokenId } });
		expect(revoked.status).toBe(200);
		await expectProblem(await send("/v1/me", { token: other.token }), 401);
		const adminList = await (await api(adminToken).v1.tokens.$get()).json();
		expect(adminList.items.length).toBe(3);
	});

	it("does not issue tokens for another team's member or a deactivated member", async () => {
		const a = await createTeam();
		const b = await createTeam();
		await expectProblem(await api(b.token).v1.tokens.$post({ json: { memberId: a.admin.id } }), 404);
		const sales = await addMember(a.token, "sales");
		await api(a.token).v1.members[":id"].$patch({ param: { id: sales.member.id }, json: { active: false } });
		await expectProblem(await api(a.token).v1.tokens.$post({ json: { memberId: sales.member.id } }), 409);
	});

	it("updates last_used_at when a token is used", async () => {
		const { token, admin } = await createTeam();
		await api(token).v1.me.$get();
		const row = await env.DB.prepare("SELECT last_used_at FROM api_tokens WHERE member_id = ?")
			.bind(admin.id)
			.first<{ last_used_at: string | null }>();
		expect(row?.last_used_at).toMatch(/^\d{4}-\d\d-\d\dT/);
	});
});
