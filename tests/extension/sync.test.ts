// @vitest-environment node
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { recordCapture } from "../../extension/store/captures";
import { putCustomers } from "../../extension/store/customers";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { getMeta } from "../../extension/store/meta";
import { createApiClient } from "../../extension/sync/api-client";
import { OUTBOX_ALARM, RESUME_AFTER_MS, SYNC_ALARM, SyncEngine } from "../../extension/sync/engine";
import { pullSync } from "../../extension/sync/pull";
import { captureRequest, captureResponse, customer, provisional } from "./support/fixtures";
import { problem, type RecordedRequest, startScriptedServer } from "./support/scripted-server";

let db: TierlineDb;
let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeEach(async () => {
	fakeBrowser.reset();
	db = openDb(`sync-${crypto.randomUUID()}`);
	server = await startScriptedServer(() => problem(404, "Not found"));
});
afterEach(async () => {
	await server.close();
	await db.delete();
});

/** Serves /v1/sync in pages of `pageSize` over `all`, with numeric cursors. */
function syncResponder(all: ReturnType<typeof customer>[], pageSize: number, deleted: string[] = []) {
	return (request: RecordedRequest) => {
		const url = new URL(request.path, "http://x");
		if (url.pathname !== "/v1/sync") return problem(404, "Not found");
		const since = Number(url.searchParams.get("since") ?? 0);
		const page = all.slice(since, since + pageSize);
		const cursor = since + page.length;
		return {
			status: 200,
			body: {
				customers: page,
				deleted: cursor >= all.length ? deleted : [],
				cursor: String(cursor),
				hasMore: cursor < all.length,
			},
		};
	};
}

describe("pull sync", () => {
	it("pages until hasMore is false, applies deletions and remembers the cursor", async () => {
		await putCustomers(db, [customer({ id: "gone" })]);
		const all = Array.from({ length: 25 }, (_, i) => customer({ id: `s${i}` }));
		server.setResponder(syncResponder(all, 10, ["gone"]));
		const client = createApiClient({ apiUrl: server.url, token: "t" });
		const result = await pullSync(db, client, { pageSize: 10 });
		expect(result).toMatchObject({ changed: 25, deleted: 1, pages: 3 });
		expect(server.requests.map((r) => r.path)).toEqual([
			"/v1/sync?limit=10",
			"/v1/sync?limit=10&since=10",
			"/v1/sync?limit=10&since=20",
		]);
		expect(await db.customers.count()).toBe(25);
		expect(await getMeta(db, "syncCursor")).toBe("25");

		await pullSync(db, client, { pageSize: 10 });
		expect(server.requests.at(-1)?.path).toBe("/v1/sync?limit=10&since=25");
	});
});

describe("sync engine scheduling", () => {
	const settings = () => ({ apiUrl: server.url, token: "t" });
	let now = Date.parse("2026-03-01T10:00:00Z");
	const engine = (broadcasts: string[][] = []) =>
		new SyncEngine({
			db,
			getSettings: async () => settings(),
			broadcast: ({ customerIds }) => broadcasts.push(customerIds),
			now: () => now,
			random: () => 1,
		});

	it("arms a durable alarm for the next retry, and a fresh worker resumes from it", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => problem(503, "Unavailable"));
		await engine().drain();
		const alarm = await fakeBrowser.alarms.get(OUTBOX_ALARM);
		expect(alarm?.scheduledTime).toBe(now + 2_000);

		// The worker is killed; the alarm wakes a new one, which finds the queue in IndexedDB.
		now += 2_000;
		const broadcasts: string[][] = [];
		server.setResponder((request) =>
			request.path === "/v1/captures"
				? { status: 201, body: captureResponse(customer({ id: "srv1" })) }
				: syncResponder([customer({ id: "srv1" })], 100)(request),
		);
		await engine(broadcasts).onAlarm(OUTBOX_ALARM);
		expect((await db.captures.get(capture.localId))?.status).toBe("synced");
		expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
		// One broadcast for the push and the pull after it, not one each.
		expect(broadcasts).toEqual([["srv1"]]);
		expect(server.requests.map((r) => r.path)).toContain("/v1/sync?limit=1000");
	});

	it("starts a periodic pull alarm and records why a pull failed", async () => {
		server.setResponder(() => problem(500, "Internal error", "D1 is unavailable"));
		await engine().start();
		expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(5);
		expect(await getMeta(db, "lastSyncError")).toBe("D1 is unavailable");
	});

	it("syncNow ignores the backoff", async () => {
		await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		server.setResponder(() => problem(503, "Unavailable"));
		const e = engine();
		await e.drain();
		server.setResponder((request) =>
			request.path === "/v1/captures"
				? { status: 201, body: captureResponse(customer({ id: "srv2" })) }
				: syncResponder([], 100)(request),
		);
		const state = await e.syncNow();
		expect(state).toEqual({ pending: 0, lastError: null });
	});
});

describe("resume after a worker dies mid-push", () => {
	it("arms a resume alarm before pushing, so a killed worker is woken again", async () => {
		const now = Date.parse("2026-03-01T10:00:00Z");
		await recordCapture(db, captureRequest(), provisional, { now: new Date(now) });
		let alarmDuringPush: number | undefined;
		server.setResponder(() => problem(503, "Unavailable"));
		const engine = new SyncEngine({
			db,
			getSettings: async () => ({ apiUrl: server.url, token: "t" }),
			broadcast: () => undefined,
			now: () => now,
			random: () => 1,
			createClient: (settings) => {
				const client = createApiClient(settings);
				return {
					...client,
					// Note what is armed at the moment the request leaves (the worker could die now).
					postCapture: async (...args: Parameters<typeof client.postCapture>) => {
						alarmDuringPush = (await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime;
						return client.postCapture(...args);
					},
				};
			},
		});
		await engine.drain();
		expect(alarmDuringPush).toBe(now + RESUME_AFTER_MS);
	});
});
