import { describe, expect, it } from "vitest";
import { api, createTeam, expectProblem, send } from "./support";

describe("GET /v1/me and authentication", () => {
	it("answers who the token belongs to", async () => {
		const { token, team, admin } = await createTeam();
		const res = await api(token).v1.me.$get();
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ team, member: admin });
	});

	it("answers 401 problems for a missing, malformed or unknown token", async () => {
		const missing = await expectProblem(await send("/v1/me"), 401);
		expect(missing.detail).toMatch(/Bearer/);
		await expectProblem(await send("/v1/me", { headers: { Authorization: "Basic abc" } }), 401);
		await expectProblem(await send("/v1/me", { token: "tl_not-a-real-token" }), 401);
		const res = await send("/v1/me");
		expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
	});

	it("reports D1 time in Server-Timing", async () => {
		const { token } = await createTeam();
		const res = await send("/v1/me", { token });
		expect(res.headers.get("Server-Timing")).toMatch(/^db;dur=\d+(\.\d+)?;desc="\d+ statements"$/);
	});

	it("answers unknown routes with a 404 problem", async () => {
		const { token } = await createTeam();
		await expectProblem(await send("/v1/nothing-here", { token }), 404);
		await expectProblem(await send("/elsewhere"), 404);
	});
});
