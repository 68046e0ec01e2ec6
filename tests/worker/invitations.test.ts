import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parseInvitationText } from "../../shared/schema/invitation";
import { addMember, api, createTeam, expectProblem, send, tableCounts, unique } from "./support";

async function invite(
	token: string,
	role: "admin" | "manager" | "sales" = "sales",
	name = unique("Invitee"),
) {
	const email = `${name.toLowerCase()}@example.com`;
	const res = await api(token).v1.invitations.$post({ json: { name, email, role } });
	return { res, email, name };
}

async function created(token: string, role: "admin" | "manager" | "sales" = "sales") {
	const { res, email, name } = await invite(token, role);
	expect(res.status).toBe(201);
	return { ...(await res.json()), email, name };
}

const accept = (code: string) => api().v1.invitations.accept.$post({ json: { code } });

describe("/v1/invitations", () => {
	it("invites: a code valid 7 days and a text holding the API URL and the code; the code is stored hashed", async () => {
		const { token } = await createTeam();
		const before = Date.now();
		const invitation = await created(token);
		expect(invitation.code).toMatch(/^tlinv_[A-Za-z0-9_-]{40,}$/);
		const days = (Date.parse(invitation.expiresAt) - before) / 86_400_000;
		expect(days).toBeGreaterThan(6.99);
		expect(days).toBeLessThan(7.01);
		expect(parseInvitationText(invitation.text)).toEqual({
			apiUrl: "https://api.tierline.test",
			code: invitation.code,
		});
		const stored = await env.DB.prepare("SELECT * FROM invitations WHERE id = ?").bind(invitation.id).first();
		expect(JSON.stringify(stored)).not.toContain(invitation.code);
		const audit = await env.DB.prepare("SELECT action, after FROM audit_log WHERE entity_id = ?")
			.bind(invitation.id)
			.all<{ action: string; after: string }>();
		expect(audit.results.map((r) => r.action)).toEqual(["invitation.create"]);
		expect(audit.results[0]?.after).not.toContain(invitation.code);
	});

	it("accepts once without a token: the member and their own working token; a second use changes nothing", async () => {
		const team = await createTeam();
		const invitation = await created(team.token, "manager");
		const res = await accept(invitation.code);
		expect(res.status).toBe(201);
		const body = await res.json();
		expect(body.member).toMatchObject({ name: invitation.name, email: invitation.email, role: "manager" });
		expect(body.team.id).toBe(team.team.id);
		const me = await api(body.token).v1.me.$get();
		expect(await me.json()).toMatchObject({ member: { id: body.member.id } });

		const before = await tableCounts();
		const again = await expectProblem(await accept(invitation.code), 409);
		expect(again.detail).toContain("already used");
		expect(await tableCounts()).toEqual(before);

		const list = await (await api(team.token).v1.invitations.$get()).json();
		expect(list.items.find((i) => i.id === invitation.id)).toMatchObject({
			status: "accepted",
			memberId: body.member.id,
		});
		const actions = await env.DB.prepare(
			"SELECT action FROM audit_log WHERE team_id = ? AND action LIKE 'invitation.%' ORDER BY id",
		)
			.bind(team.team.id)
			.all<{ action: string }>();
		expect(actions.results.map((r) => r.action)).toEqual(["invitation.create", "invitation.accept"]);
	});

	it("refuses an expired, a revoked and an unknown code, changing nothing", async () => {
		const { token } = await createTeam();
		const expired = await created(token);
		await env.DB.prepare("UPDATE invitations SET expires_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 1000).toISOString(), expired.id)
			.run();
		const revoked = await created(token);
		const revoke = await api(token).v1.invitations[":id"].$delete({ param: { id: revoked.id } });
		expect(await revoke.json()).toMatchObject({ status: "revoked" });
		const before = await tableCounts();
		expect((await expectProblem(await accept(expired.code), 409)).detail).toContain("expired");
		expect((await expectProblem(await accept(revoked.code), 409)).detail).toContain("revoked");
		await expectProblem(await accept("tlinv_not-a-real-code-aaaaaaaaaaaaaaaa"), 404);
		expect(await tableCounts()).toEqual(before);
		const list = await (await api(token).v1.invitations.$get()).json();
		expect(list.items.find((i) => i.id === expired.id)?.status).toBe("expired");
	});

	it("lets managers invite sales only, and salespeople not at all", async () => {
		const { token } = await createTeam();
		const manager = await addMember(token, "manager");
		const sales = await addMember(token, "sales");
		const before = await tableCounts();
		await expectProblem((await invite(manager.token, "manager")).res, 403);
		await expectProblem((await invite(manager.token, "admin")).res, 403);
		await expectProblem((await invite(sales.token, "sales")).res, 403);
		await expectProblem(await api(sales.token).v1.invitations.$get(), 403);
		expect(await tableCounts()).toEqual(before);
		const fromManager = await created(manager.token, "sales");
		const adminInvite = await created(token, "manager");
		await expectProblem(
			await api(manager.token).v1.invitations[":id"].$delete({ param: { id: adminInvite.id } }),
			403,
		);
		const revoked = await api(manager.token).v1.invitations[":id"].$delete({ param: { id: fromManager.id } });
		expect(revoked.status).toBe(200);
	});

	it("answers 409 for an email already in the team, and 422 for unknown or bad fields", async () => {
		const { token, admin } = await createTeam();
		const before = await tableCounts();
		const taken = await api(token).v1.invitations.$post({
			json: { name: "Again", email: admin.email.toUpperCase(), role: "sales" },
		});
		await expectProblem(taken, 409);
		const extra = await send("/v1/invitations", {
			token,
			body: { name: "X", email: "x@example.com", role: "sales", admin: true },
		});
		await expectProblem(extra, 422);
		const badRole = await send("/v1/invitations", {
			token,
			body: { name: "X", email: "x@example.com", role: "owner" },
		});
		const problem = await expectProblem(badRole, 422);
		expect(problem.errors?.map((e) => e.path)).toEqual(["role"]);
		expect(await tableCounts()).toEqual(before);
	});

	it("keeps invitations to their team: another team's id answers 404", async () => {
		const first = await createTeam();
		const second = await createTeam();
		const invitation = await created(first.token);
		await expectProblem(
			await api(second.token).v1.invitations[":id"].$delete({ param: { id: invitation.id } }),
			404,
		);
		const list = await (await api(second.token).v1.invitations.$get()).json();
		expect(list.items).toEqual([]);
	});

	it("two accepts of one code at once: exactly one member", async () => {
		const { token } = await createTeam();
		const invitation = await created(token);
		const answers = await Promise.all([accept(invitation.code), accept(invitation.code)]);
		expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
		const members = await env.DB.prepare("SELECT count(*) AS n FROM members WHERE email = ?")
			.bind(invitation.email)
			.first<{ n: number }>();
		expect(members?.n).toBe(1);
	});
});

describe("parseInvitationText", () => {
	it("finds the URL and code in a pasted chat message", () => {
		const text =
			"王芳: 请加入：\nAPI: https://tierline.acme.workers.dev。\nCode / 邀请码: tlinv_abcdefghijklmnopqrstuvwxyz012345";
		expect(parseInvitationText(text)).toEqual({
			apiUrl: "https://tierline.acme.workers.dev",
			code: "tlinv_abcdefghijklmnopqrstuvwxyz012345",
		});
		expect(parseInvitationText("tlinv_abcdefghijklmnopqrstuvwxyz012345")).toBeNull();
	});
});
