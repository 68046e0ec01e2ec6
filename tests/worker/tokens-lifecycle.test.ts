import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_LIVE_TOKENS_PER_MEMBER } from "../../shared/schema/team";
import app from "../../worker/index";
import { addMember, BASE_URL, createTeam, expectProblem, OPERATOR_TOKEN, send } from "./support";

const me = (token: string) => send("/v1/me", { token });

describe("tokens die with their member", () => {
	it("deactivate → reactivate: every old token still answers 401; a new one works", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const second = await send("/v1/tokens", { token: sales.token, body: { label: "laptop" } });
		const secondToken = ((await second.json()) as { token: string }).token;
		const patch = (active: boolean) =>
			send(`/v1/members/${sales.member.id}`, { method: "PATCH", token, body: { active } });
		expect((await patch(false)).status).toBe(200);
		await expectProblem(await me(sales.token), 401);
		expect((await patch(true)).status).toBe(200);
		await expectProblem(await me(sales.token), 401);
		await expectProblem(await me(secondToken), 401);
		const listed = await send("/v1/tokens", { token });
		const tokens = ((await listed.json()) as { items: Array<{ memberId: string; revokedAt: string | null }> })
			.items;
		expect(tokens.filter((t) => t.memberId === sales.member.id).every((t) => t.revokedAt !== null)).toBe(
			true,
		);
		const fresh = await send("/v1/tokens", { token, body: { memberId: sales.member.id } });
		expect((await me(((await fresh.json()) as { token: string }).token)).status).toBe(200);
	});

	it("caps live tokens per member; revoking one frees a place", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const issued: string[] = [];
		for (let i = 1; i < MAX_LIVE_TOKENS_PER_MEMBER; i++) {
			const res = await send("/v1/tokens", { token: sales.token, body: { label: `t${i}` } });
			expect(res.status).toBe(201);
			issued.push(((await res.json()) as { id: string }).id);
		}
		await expectProblem(await send("/v1/tokens", { token: sales.token, body: {} }), 409);
		// An admin issuing for the member meets the same cap.
		await expectProblem(await send("/v1/tokens", { token, body: { memberId: sales.member.id } }), 409);
		expect((await send(`/v1/tokens/${issued[0]}`, { method: "DELETE", token: sales.token })).status).toBe(
			200,
		);
		expect((await send("/v1/tokens", { token: sales.token, body: {} })).status).toBe(201);
	});

	it("expires a token with a lifetime", async () => {
		const { token } = await createTeam();
		const res = await send("/v1/tokens", { token, body: { expiresInDays: 30 } });
		const issued = (await res.json()) as { id: string; token: string; expiresAt: string };
		expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
		expect((await me(issued.token)).status).toBe(200);
		await env.DB.prepare("UPDATE api_tokens SET expires_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 1000).toISOString(), issued.id)
			.run();
		await expectProblem(await me(issued.token), 401);
		await expectProblem(await send("/v1/tokens", { token, body: { expiresInDays: 0 } }), 422);
	});
});

describe("rate limits per member and per team, not per token", () => {
	const call = (token: string, extra: Record<string, string>) =>
		app.request(`${BASE_URL}/v1/me`, { headers: { Authorization: `Bearer ${token}` } }, { ...env, ...extra });

	it("a member's tokens share one limit", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const more = await send("/v1/tokens", { token: sales.token, body: {} });
		const other = ((await more.json()) as { token: string }).token;
		// The member has already made one request (issuing the second token): 3 = that + one per token.
		const limits = { RATE_LIMIT_PER_MINUTE: "3", RATE_LIMIT_PER_TEAM_PER_MINUTE: "100" };
		expect((await call(sales.token, limits)).status).toBe(200);
		expect((await call(other, limits)).status).toBe(200);
		await expectProblem(await call(other, limits), 429);
		await expectProblem(await call(sales.token, limits), 429);
	});

	it("a team's members share the team's limit; another team is not affected", async () => {
		const first = await createTeam();
		const a = await addMember(first.token, "sales");
		const b = await addMember(first.token, "sales");
		const second = await createTeam();
		// Adding the two members took the team 4 requests; 7 = those + one per member below.
		const limits = { RATE_LIMIT_PER_MINUTE: "100", RATE_LIMIT_PER_TEAM_PER_MINUTE: "7" };
		for (const t of [a.token, b.token, first.token]) expect((await call(t, limits)).status).toBe(200);
		await expectProblem(await call(b.token, limits), 429);
		expect((await call(second.token, limits)).status).toBe(200);
	});
});

describe("failed authentication is throttled per client address, before any D1 query", () => {
	const from = (address: string, path: string, token: string, init: RequestInit = {}) =>
		app.request(
			`${BASE_URL}${path}`,
			{
				...init,
				headers: { Authorization: `Bearer ${token}`, "CF-Connecting-IP": address, ...init.headers },
			},
			{ ...env, AUTH_FAILURES_PER_MINUTE: "3" },
		);

	it("member tokens: after 3 failures the address gets 429 with no statement run, even with a good token", async () => {
		const { token } = await createTeam();
		const address = `198.51.100.${Math.floor(Math.random() * 200)}`;
		for (let i = 0; i < 3; i++) await expectProblem(await from(address, "/v1/me", `tl_guess${i}`), 401);
		const refused = await from(address, "/v1/me", "tl_guess_again");
		await expectProblem(refused, 429);
		expect(refused.headers.get("Server-Timing")).toContain('"0 statements"');
		await expectProblem(await from(address, "/v1/me", token), 429);
		// Another address is not affected.
		expect((await from("192.0.2.44", "/v1/me", token)).status).toBe(200);
	});

	it("the operator route too", async () => {
		const address = `203.0.113.${Math.floor(Math.random() * 200)}`;
		const create = (secret: string) =>
			from(address, "/v1/teams", secret, {
				method: "POST",
				headers: { "Content-Type": "application/json" },
				body: JSON.stringify({ name: "T", admin: { name: "A", email: "a@example.com" } }),
			});
		for (let i = 0; i < 3; i++) await expectProblem(await create(`guess-${i}`), 401);
		await expectProblem(await create(OPERATOR_TOKEN), 429);
	});
});
