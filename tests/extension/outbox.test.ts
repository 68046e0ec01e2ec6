// @vitest-environment node
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordCapture } from "../../extension/store/captures";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { getMeta } from "../../extension/store/meta";
import { BACKOFF, backoffDelay } from "../../extension/store/outbox";
import { createApiClient } from "../../extension/sync/api-client";
import { ApiError } from "../../extension/sync/api-error";
import { classifyFailure, drainOutbox } from "../../extension/sync/drain";
import { captureRequest, captureResponse, customer, provisional } from "./support/fixtures";
import { problem, startScriptedServer } from "./support/scripted-server";

describe("backoff schedule", () => {
	it("doubles from 2 s, with equal jitter between half and all of the step, capped at 10 minutes", () => {
		const low = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 0));
		const high = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 1));
		expect(low).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
		expect(high).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
		expect(backoffDelay(50, () => 1)).toBe(BACKOFF.capMs);
		expect(backoffDelay(50, () => 0)).toBe(BACKOFF.capMs / 2);
	});
});

describe("failure classification", () => {
	const http = (status: number, withProblem = true) =>
		new ApiError({
			kind: "http",
			status,
			problem: withProblem ? { type: "about:blank", title: "x", status } : null,
			message: "x",
		});
	it("retries what may pass later, pauses on wrong settings, fails what the server refused", () => {
		expect(classifyFailure(new ApiError({ kind: "unreachable", message: "down" }))).toBe("retry");
		for (const status of [408, 409, 429, 500, 502, 503]) expect(classifyFailure(http(status))).toBe("retry");
		expect(classifyFailure(http(401))).toBe("pause");
		expect(classifyFailure(http(404, false))).toBe("pause");
		expect(classifyFailure(new ApiError({ kind: "invalid", status: 200, message: "html" }))).toBe("pause");
		for (const status of [400, 403, 404, 413, 422]) expect(classifyFailure(http(status))).toBe("fail");
	});
});

describe("outbox drain against an HTTP server", () => {
	let db: TierlineDb;
	let dbName: string;
	let server: Awaited<ReturnType<typeof startScriptedServer>>;
	let now = Date.parse("2026-03-01T10:00:00Z");
	const client = () => createApiClient({ apiUrl: server.url, token: "tok_test" });
	const drain = () => drainOutbox(db, client(), { now: () => now, random: () => 1 });
	const ok = () => ({ status: 201, body: captureResponse(customer({ id: "srv1" })) });

	beforeEach(async () => {
		dbName = `outbox-${crypto.randomUUID()}`;
		db = openDb(dbName);
		server = await startScriptedServer(ok);
	});
	afterEach(async () => {
		await server.close();
		await db.delete();
	});

	it("pushes with the bearer token and the capture's idempotency key, then reconciles", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		const result = await drain();
		expect(result.pushed).toEqual([capture.localId]);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0]).toMatchObject({ method: "POST", path: "/v1/captures" });
		expect(server.requests[0]?.headers["idempotency-key"]).toBe(capture.localId);
		expect(server.requests[0]?.headers.authorization).toBe("Bearer tok_test");
		expect(await db.captures.get(capture.localId)).toMatchObject({ status: "synced", customerId: "srv1" });
		expect(await db.outbox.count()).toBe(0);
	});

	it("keeps the same key across retries and waits out the backoff", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => problem(503, "Unavailable"));
		await drain();
		const entry = await db.outbox.get(capture.localId);
		expect(entry).toMatchObject({ attempts: 1, nextAttemptAt: now + 2_000 });
		expect(entry?.lastError).toContain("Unavailable");

		await drain(); // not due yet: no request
		expect(server.requests).toHaveLength(1);

		now += 2_000;
		server.setResponder(() => problem(409, "Conflict", "A request with this key is in flight"));
		await drain();
		expect((await db.outbox.get(capture.localId))?.attempts).toBe(2);

		now += 4_000;
		server.setResponder(ok);
		await drain();
		expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual([
			capture.localId,
			capture.localId,
			capture.localId,
		]);
		expect((await db.captures.get(capture.localId))?.status).toBe("synced");
	});

	it("marks a capture failed, with the problem detail, when the server refuses it (422)", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => ({
			status: 422,
			body: {
				type: "https://tierline.dev/problems/validation",
				title: "Invalid capture",
				status: 422,
				detail: "The contact's email is not valid",
				errors: [{ path: "contact.email", message: "Invalid email" }],
			},
		}));
		const result = await drain();
		expect(result.failed).toEqual([capture.localId]);
		const failed = await db.captures.get(capture.localId);
		expect(failed?.status).toBe("failed");
		expect(failed?.error).toBe("The contact's email is not valid — contact.email: Invalid email");
		expect(await db.outbox.count()).toBe(0);
		now += 60 * 60_000;
		await drain();
		expect(server.requests).toHaveLength(1);
	});

	it("backs off every due entry when the API is unreachable, and records why", async () => {
		await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		await recordCapture(db, captureRequest({ contact: { email: "b@b-corp.com" } }), provisional, {
			now: new Date(now),
		});
		await server.close();
		const result = await drain();
		expect(result.retrying).toBe(2);
		expect(result.stoppedBy).toContain(server.url);
		const entries = await db.outbox.toArray();
		expect(entries.map((e) => e.attempts)).toEqual([1, 1]);
		expect(await getMeta(db, "lastSyncError")).toContain(server.url);
		server = await startScriptedServer(ok); // for afterEach
	});

	it("pauses on a rejected token without failing any capture", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => problem(401, "Unauthorized", "Unknown or revoked token"));
		const result = await drain();
		expect(result.stoppedBy).toContain("Unknown or revoked token");
		expect((await db.captures.get(capture.localId))?.status).toBe("pending");
		expect((await db.outbox.get(capture.localId))?.attempts).toBe(1);
	});

	it("resumes after a restart: a new worker with a fresh connection finds the queued capture", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => problem(503, "Unavailable"));
		await drain();
		db.close();

		db = openDb(dbName); // what a restarted service worker does
		server.setResponder(ok);
		now += BACKOFF.capMs;
		const result = await drain();
		expect(result.pushed).toEqual([capture.localId]);
		expect(new Set(server.requests.map((r) => r.headers["idempotency-key"]))).toEqual(
			new Set([capture.localId]),
		);
	});
});
