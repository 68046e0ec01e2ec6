import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import app from "../../worker/index";
import { BASE_URL, createTeam, expectProblem } from "./support";

describe("rate limit per member", () => {
	it("answers 429 with Retry-After once a member passes their per-minute limit", async () => {
		const { token } = await createTeam();
		const limited = { ...env, RATE_LIMIT_PER_MINUTE: "3" };
		const call = () =>
			app.request(`${BASE_URL}/v1/me`, { headers: { Authorization: `Bearer ${token}` } }, limited);
		for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
		const res = await call();
		await expectProblem(res, 429);
		const retryAfter = Number(res.headers.get("Retry-After"));
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(60);
	});

	it("counts each member separately", async () => {
		const first = await createTeam();
		const second = await createTeam();
		const limited = { ...env, RATE_LIMIT_PER_MINUTE: "1" };
		const call = (token: string) =>
			app.request(`${BASE_URL}/v1/me`, { headers: { Authorization: `Bearer ${token}` } }, limited);
		expect((await call(first.token)).status).toBe(200);
		expect((await call(first.token)).status).toBe(429);
		expect((await call(second.token)).status).toBe(200);
	});
});
