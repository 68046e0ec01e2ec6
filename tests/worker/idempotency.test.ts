import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { captureRequestSchema } from "../../shared/schema/capture";
import { requestHash } from "../../worker/capture/idempotency";
import { capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

const body = { source: "gmail" as const, contact: { name: "Mia", email: "mia@nordic-home.se" } };

describe("capture idempotency", () => {
	it("answers a repeated key and body with the stored answer and writes nothing", async () => {
		const { token } = await createTeam();
		const key = unique("key");
		const first = await capture(token, body, key);
		expect(first.status).toBe(201);
		const answer = await first.json();
		const before = await tableCounts();
		const again = await capture(token, body, key);
		expect(again.status).toBe(201);
		expect(again.headers.get("Idempotent-Replayed")).toBe("true");
		expect(await again.json()).toEqual(answer);
		expect(await tableCounts()).toEqual(before);
	});

	it("refuses the same key with another body (422) and changes nothing", async () => {
		const { token } = await createTeam();
		const key = unique("key");
		await capture(token, body, key);
		const before = await tableCounts();
		const other = await capture(token, { ...body, contact: { name: "Someone else" } }, key);
		const problem = await expectProblem(other, 422);
		expect(problem.errors?.[0]?.path).toBe("Idempotency-Key");
		expect(await tableCounts()).toEqual(before);
	});

	it("answers 409 while a request with the key is in flight", async () => {
		const { token, team, admin } = await createTeam();
		const key = unique("key");
		const hash = await requestHash(captureRequestSchema.parse(body));
		await env.DB.prepare(
			"INSERT INTO idempotency_keys (team_id, key, member_id, request_hash, state, created_at) VALUES (?, ?, ?, ?, 'in_flight', ?)",
		)
			.bind(team.id, key, admin.id, hash, new Date().toISOString())
			.run();
		const before = await tableCounts();
		await expectProblem(await capture(token, body, key), 409);
		expect(await tableCounts()).toEqual(before);
	});

	it("takes over a key whose request died long ago", async () => {
		const { token, team, admin } = await createTeam();
		const key = unique("key");
		const hash = await requestHash(captureRequestSchema.parse(body));
		await env.DB.prepare(
			"INSERT INTO idempotency_keys (team_id, key, member_id, request_hash, state, created_at) VALUES (?, ?, ?, ?, 'in_flight', ?)",
		)
			.bind(team.id, key, admin.id, hash, new Date(Date.now() - 10 * 60_000).toISOString())
			.run();
		expect((await capture(token, body, key)).status).toBe(201);
	});

	it("requires the Idempotency-Key header (400) and writes nothing without it", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		const res = await send("/v1/captures", { token, body });
		const problem = await expectProblem(res, 400);
		expect(problem.errors).toEqual([{ path: "Idempotency-Key", message: "Required" }]);
		await expectProblem(
			await send("/v1/captures", { token, body, headers: { "Idempotency-Key": "has space" } }),
			400,
		);
		expect(await tableCounts()).toEqual(before);
	});

	it("scopes keys to the team: another team may use the same key", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const key = unique("shared-key");
		const first = await (await capture(a.token, body, key)).json();
		const second = await capture(b.token, body, key);
		expect(second.status).toBe(201);
		expect((await second.json()).customer.id).not.toBe(first.customer.id);
	});
});
