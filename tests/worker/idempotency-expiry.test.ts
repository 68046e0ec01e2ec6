import {
	createExecutionContext,
	createScheduledController,
	env,
	waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { captureRequestSchema } from "../../shared/schema/capture";
import { requestHash } from "../../worker/capture/idempotency";
import { EXPIRY_MAX_PER_RUN, IDEMPOTENCY_TTL_MS } from "../../worker/capture/idempotency-expiry";
import worker from "../../worker/index";
import { capture, createTeam, unique } from "./support";

const DAY_MS = 24 * 3_600_000;
const body = { source: "gmail" as const, contact: { name: "Mia", email: "mia@nordic-home.se" } };

type KeyState = "in_flight" | "done";

function ago(ms: number): string {
	return new Date(Date.now() - ms).toISOString();
}

async function insertKey(teamId: string, memberId: string, key: string, state: KeyState, createdAt: string) {
	await env.DB.prepare(
		"INSERT INTO idempotency_keys (team_id, key, member_id, request_hash, state, response_status, response_body, created_at) VALUES (?, ?, ?, 'h', ?, ?, ?, ?)",
	)
		.bind(
			teamId,
			key,
			memberId,
			state,
			state === "done" ? 201 : null,
			state === "done" ? "{}" : null,
			createdAt,
		)
		.run();
}

async function keysOf(teamId: string): Promise<string[]> {
	const { results } = await env.DB.prepare("SELECT key FROM idempotency_keys WHERE team_id = ? ORDER BY key")
		.bind(teamId)
		.all<{ key: string }>();
	return results.map((r) => r.key);
}

async function runCron(): Promise<void> {
	const ctx = createExecutionContext();
	await worker.scheduled(createScheduledController({ cron: "* * * * *" }), env, ctx);
	await waitOnExecutionContext(ctx);
}

describe("Idempotency-Key expiry", () => {
	it("keeps keys for 7 days", () => {
		expect(IDEMPOTENCY_TTL_MS).toBe(7 * DAY_MS);
	});

	it("the cron trigger drops keys older than 7 days of every team and keeps fresh ones", async () => {
		const a = await createTeam();
		const b = await createTeam();
		await insertKey(a.team.id, a.admin.id, "a-old-done", "done", ago(8 * DAY_MS));
		await insertKey(a.team.id, a.admin.id, "a-old-flight", "in_flight", ago(30 * DAY_MS));
		await insertKey(a.team.id, a.admin.id, "a-fresh-done", "done", ago(6 * DAY_MS));
		await insertKey(a.team.id, a.admin.id, "a-fresh-flight", "in_flight", ago(1_000));
		await insertKey(b.team.id, b.admin.id, "b-old-done", "done", ago(7 * DAY_MS + 60_000));
		await insertKey(b.team.id, b.admin.id, "b-fresh-flight", "in_flight", ago(2 * DAY_MS));
		const flightBefore = await env.DB.prepare(
			"SELECT * FROM idempotency_keys WHERE team_id = ? AND key = 'a-fresh-flight'",
		)
			.bind(a.team.id)
			.first();

		await runCron();

		expect(await keysOf(a.team.id)).toEqual(["a-fresh-done", "a-fresh-flight"]);
		expect(await keysOf(b.team.id)).toEqual(["b-fresh-flight"]);
		const flightAfter = await env.DB.prepare(
			"SELECT * FROM idempotency_keys WHERE team_id = ? AND key = 'a-fresh-flight'",
		)
			.bind(a.team.id)
			.first();
		expect(flightAfter).toEqual(flightBefore);
	});

	it("deletes at most EXPIRY_MAX_PER_RUN rows per run, the rest on the next run", async () => {
		const { team, admin } = await createTeam();
		const old = ago(10 * DAY_MS);
		await env.DB.prepare(
			`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
			 INSERT INTO idempotency_keys (team_id, key, member_id, request_hash, state, created_at)
			 SELECT ?, 'bulk-' || i, ?, 'h', 'done', ? FROM n`,
		)
			.bind(EXPIRY_MAX_PER_RUN + 7, team.id, admin.id, old)
			.run();
		await runCron();
		expect(await keysOf(team.id)).toHaveLength(7);
		await runCron();
		expect(await keysOf(team.id)).toHaveLength(0);
	});

	it("treats a key reused after expiry as new, even before the sweep", async () => {
		const { token, team, admin } = await createTeam();
		const key = unique("key");
		const hash = await requestHash(captureRequestSchema.parse(body));
		await insertKey(team.id, admin.id, key, "done", ago(8 * DAY_MS));
		await env.DB.prepare("UPDATE idempotency_keys SET request_hash = ? WHERE team_id = ? AND key = ?")
			.bind(hash, team.id, key)
			.run();
		const res = await capture(token, body, key);
		expect(res.status).toBe(201);
		expect(res.headers.get("Idempotent-Replayed")).toBeNull();
		expect((await res.json()).customer.name).toBeTruthy();

		// Another body with an expired key is new as well, not a 422.
		const other = unique("key");
		await insertKey(team.id, admin.id, other, "done", ago(8 * DAY_MS));
		const second = await capture(token, { ...body, contact: { name: "Someone else" } }, other);
		expect(second.status).toBe(201);
		const row = await env.DB.prepare(
			"SELECT state, created_at AS createdAt FROM idempotency_keys WHERE team_id = ? AND key = ?",
		)
			.bind(team.id, other)
			.first<{ state: string; createdAt: string }>();
		expect(row?.state).toBe("done");
		expect(Date.now() - Date.parse(row?.createdAt ?? "")).toBeLessThan(DAY_MS);
	});
});
