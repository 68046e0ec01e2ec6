import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createTeamResponseSchema } from "../../shared/schema/team";
import { api, createTeam, expectProblem, OPERATOR_TOKEN, send, tableCounts } from "./support";

describe("POST /v1/teams", () => {
	it("creates a team, its admin, default scoring settings and a working token shown once", async () => {
		const created = await createTeam("Ningbo Export Co.");
		expect(createTeamResponseSchema.parse(created)).toEqual(created);
		expect(created.admin.role).toBe("admin");
		expect(created.token).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);

		const me = await api(created.token).v1.me.$get();
		expect(me.status).toBe(200);
		expect(await me.json()).toEqual({ team: created.team, member: created.admin });

		const stored = await env.DB.prepare("SELECT token_hash FROM api_tokens WHERE member_id = ?")
			.bind(created.admin.id)
			.first<{ token_hash: string }>();
		expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored?.token_hash).not.toContain(created.token);
		const settings = await env.DB.prepare("SELECT version FROM scoring_settings WHERE team_id = ?")
			.bind(created.team.id)
			.first<{ version: number }>();
		expect(settings?.version).toBe(1);
	});

	it("writes the creation to the audit log", async () => {
		const created = await createTeam();
		const { results } = await env.DB.prepare(
			"SELECT action, actor_id FROM audit_log WHERE team_id = ? ORDER BY id",
		)
			.bind(created.team.id)
			.all();
		expect(results).toEqual([
			{ action: "team.create", actor_id: null },
			{ action: "member.create", actor_id: null },
			{ action: "token.create", actor_id: null },
		]);
	});

	it("needs the operator token: a member's token or none answers 401 and creates nothing", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		const body = { name: "Sneaky", admin: { name: "X", email: "x@example.com" } };
		await expectProblem(await send("/v1/teams", { body }), 401);
		await expectProblem(await send("/v1/teams", { body, token }), 401);
		await expectProblem(await send("/v1/teams", { body, token: `${OPERATOR_TOKEN}x` }), 401);
		expect(await tableCounts()).toEqual(before);
	});

	it("rejects an invalid team with the failing fields", async () => {
		const res = await send("/v1/teams", {
			token: OPERATOR_TOKEN,
			body: { name: "", admin: { name: "A", email: "not-an-email" } },
		});
		const problem = await expectProblem(res, 422);
		expect(problem.errors?.map((e) => e.path).sort()).toEqual(["admin.email", "name"]);
	});
});
