// @vitest-environment node
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { putCustomers } from "../../extension/store/customers";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { recordFollowUp } from "../../extension/store/follow-ups";
import { createApiClient } from "../../extension/sync/api-client";
import { drainOutbox } from "../../extension/sync/drain";
import { pullSync } from "../../extension/sync/pull";
import type { CustomerDetail } from "../../shared/schema/customer";
import { customer } from "./support/fixtures";
import {
	problem,
	type RecordedRequest,
	type ScriptedAnswer,
	startScriptedServer,
} from "./support/scripted-server";

const ID = "cus_gulf";
const SERVER_FOLLOW_UP = {
	customerId: ID,
	name: "Gulf Trading",
	tier: "gold",
	tierLabel: "Gold",
	note: "Send the FOB Ningbo quote",
	ownerId: "mem_1",
	updatedAt: "2026-03-01T10:05:00.000Z",
};

describe("follow-ups through the outbox: offline first, pushed when the API answers", () => {
	let db: TierlineDb;
	let server: Awaited<ReturnType<typeof startScriptedServer>>;
	let up = false;
	const now = Date.parse("2026-03-01T10:00:00Z");
	const drain = () =>
		drainOutbox(db, createApiClient({ apiUrl: server.url, token: "tok_test" }), {
			now: () => now,
			random: () => 1,
		});
	const cached = () => db.customers.get(ID);
	const dueBy = (day: string) => db.customers.where("followUpDay").belowOrEqual(day).count();

	/** The API: down until `up`; PUT answers what it was sent, DELETE 204, sync the customer without a follow-up. */
	const api = (request: RecordedRequest): ScriptedAnswer => {
		if (!up) return problem(503, "Service Unavailable");
		if (request.method === "PUT")
			return { status: 200, body: { ...SERVER_FOLLOW_UP, ...(request.body as object) } };
		if (request.method === "DELETE") return { status: 204 };
		if (request.path.startsWith("/v1/sync"))
			return {
				status: 200,
				body: {
					customers: [customer({ id: ID, followUp: null })],
					deleted: [],
					cursor: "9.x",
					hasMore: false,
				},
			};
		return problem(404, "Not Found");
	};

	beforeEach(async () => {
		up = false;
		db = openDb(`follow-ups-${crypto.randomUUID()}`);
		server = await startScriptedServer(api);
		await putCustomers(db, [customer({ id: ID, name: "Gulf Trading", tier: "gold", followUp: null })]);
	});
	afterEach(async () => {
		await server.close();
		await db.delete();
	});

	it("set offline: shown at once, kept through failed pushes and a pull, the latest change sent once back online", async () => {
		await recordFollowUp(
			db,
			ID,
			{ dueAt: "2026-03-05", note: "Send the FOB Ningbo quote" },
			"mem_1",
			new Date(now),
		);
		expect((await cached())?.followUp).toMatchObject({ dueAt: "2026-03-05", ownerId: "mem_1" });
		expect(await dueBy("2026-03-05")).toBe(1);
		expect(await dueBy("2026-03-04")).toBe(0);

		const offline = await drain();
		expect(offline.retrying).toBe(1);
		expect(await db.outbox.count()).toBe(1);
		expect((await cached())?.followUp?.dueAt).toBe("2026-03-05");

		// Snoozed while still offline: the waiting change is replaced, not queued behind.
		await recordFollowUp(
			db,
			ID,
			{ dueAt: "2026-03-06T09:30:00+04:00", note: "Send the FOB Ningbo quote" },
			"mem_1",
		);
		expect(await db.outbox.count()).toBe(1);

		up = true;
		// A pull brings the server's older state (no follow-up): the waiting change still wins.
		await pullSync(db, createApiClient({ apiUrl: server.url, token: "tok_test" }));
		expect((await cached())?.followUp?.dueAt).toBe("2026-03-06T09:30:00+04:00");
		expect(await dueBy("2026-03-06")).toBe(1);

		const back = await db.outbox.toArray();
		await db.outbox.update(back[0]?.key ?? "", { nextAttemptAt: now });
		const online = await drain();
		expect(online.followUps).toEqual([ID]);
		expect(await db.outbox.count()).toBe(0);
		const puts = server.requests.filter((r) => r.method === "PUT");
		expect(puts.map((r) => [r.path, r.body])).toEqual([
			[`/v1/customers/${ID}/follow-up`, { dueAt: "2026-03-05", note: "Send the FOB Ningbo quote" }],
			[
				`/v1/customers/${ID}/follow-up`,
				{ dueAt: "2026-03-06T09:30:00+04:00", note: "Send the FOB Ningbo quote" },
			],
		]);
		// The first PUT was the failed attempt (503); only the latest change reached the API.
		expect((await cached())?.followUp).toEqual({
			dueAt: "2026-03-06T09:30:00+04:00",
			note: "Send the FOB Ningbo quote",
			ownerId: "mem_1",
			updatedAt: SERVER_FOLLOW_UP.updatedAt,
		});
	});

	it("done offline: cleared at once (Today no longer finds it), DELETE sent when back", async () => {
		await recordFollowUp(db, ID, { dueAt: "2026-03-01", note: null }, "mem_1", new Date(now));
		await recordFollowUp(db, ID, null, null, new Date(now));
		expect((await cached())?.followUp).toBeNull();
		expect(await dueBy("2026-12-31")).toBe(0);
		expect((await drain()).retrying).toBe(1);
		up = true;
		await db.outbox.toCollection().modify({ nextAttemptAt: now });
		await drain();
		expect(server.requests.filter((r) => r.method !== "PUT").map((r) => r.method)).toEqual([
			"DELETE",
			"DELETE",
		]);
		expect(await db.outbox.count()).toBe(0);
		expect((await cached())?.followUp).toBeNull();
	});

	it("refused for good (the customer went to a colleague): dropped, and the server's follow-up shown again", async () => {
		const held = { dueAt: "2026-04-01", note: "Theirs", ownerId: "mem_2", updatedAt: "2026-02-01T00:00:00Z" };
		server.setResponder((request) => {
			if (request.method === "PUT") return problem(403, "Forbidden");
			const detail: CustomerDetail = {
				...customer({ id: ID, followUp: held }),
				contacts: [],
				interactions: [],
				orders: [],
				notes: [],
				explanation: null,
			};
			return { status: 200, body: detail };
		});
		await recordFollowUp(db, ID, { dueAt: "2026-03-05", note: null }, "mem_1", new Date(now));
		await drain();
		expect(await db.outbox.count()).toBe(0);
		expect((await cached())?.followUp).toEqual(held);
	});
});
