import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { captureKeys, markCaptureSynced, recordCapture } from "../../extension/store/captures";
import { findByKeys, putCustomers, searchCustomers, toCached } from "../../extension/store/customers";
import { type CaptureOutboxEntry, openDb, type TierlineDb } from "../../extension/store/db";
import { clearServerCache, getMeta, setMeta } from "../../extension/store/meta";
import { captureRequest, captureResponse, customer, provisional } from "./support/fixtures";

let db: TierlineDb;
beforeEach(async () => {
	db = openDb(`test-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe("customers cache", () => {
	it("indexes identities so a customer is found by email, domain or buyer id, in any case", async () => {
		await putCustomers(db, [
			customer({
				id: "c1",
				domain: "brandhaus.de",
				identities: [
					{ kind: "email", value: "anna@brandhaus.de" },
					{ kind: "buyer_id", value: "b-77" },
				],
			}),
			customer({ id: "c2", identities: [{ kind: "email", value: "bob@gmail.com" }] }),
		]);
		const found = await findByKeys(db, {
			emails: ["ANNA@brandhaus.de", "nobody@x.com"],
			domains: ["brandhaus.de"],
			buyerIds: ["B-77"],
		});
		expect([...found.keys()].sort()).toEqual(["anna@brandhaus.de", "b-77", "brandhaus.de"]);
		expect(found.get("anna@brandhaus.de")?.kind).toBe("email");
		expect(found.get("b-77")?.customer.id).toBe("c1");
		expect(toCached(customer({ domain: "x.com" })).domains).toEqual(["x.com"]);
	});

	it("stores large batches in chunks and searches by name prefix, email prefix and name substring", async () => {
		const many = Array.from({ length: 1_234 }, (_, i) =>
			customer({ id: `m${i}`, name: `Buyer ${i}`, identities: [{ kind: "email", value: `b${i}@shop.com` }] }),
		);
		await putCustomers(db, [...many, customer({ id: "x", name: "Nordic Trade AB" })]);
		expect(await db.customers.count()).toBe(1_235);
		expect((await searchCustomers(db, "nordic")).map((c) => c.id)).toEqual(["x"]);
		expect((await searchCustomers(db, "trade")).map((c) => c.id)).toEqual(["x"]);
		expect((await searchCustomers(db, "b1233@")).map((c) => c.id)).toEqual(["m1233"]);
		expect(await searchCustomers(db, "buyer", 20)).toHaveLength(20);
	});

	it("forgets everything learned from the server when the team changes", async () => {
		await putCustomers(db, [customer()]);
		await setMeta(db, "syncCursor", "42");
		await clearServerCache(db);
		expect(await db.customers.count()).toBe(0);
		expect(await getMeta(db, "syncCursor")).toBeUndefined();
	});
});

describe("local-first capture", () => {
	it("writes the capture and its outbox entry together, keyed by one idempotency key", async () => {
		const request = captureRequest();
		const capture = await recordCapture(db, request, provisional, { now: new Date("2026-03-01T10:00:00Z") });
		expect(capture.status).toBe("pending");
		expect(capture.keys).toEqual(["email:anna@brandhaus.de", "domain:brandhaus.de"]);
		const entry = await db.outbox.get(capture.localId);
		expect(entry).toMatchObject({ captureLocalId: capture.localId, attempts: 0, request });
		expect(entry?.nextAttemptAt).toBe(Date.parse("2026-03-01T10:00:00Z"));
	});

	it("writes neither when the outbox write fails (one transaction)", async () => {
		const taken: CaptureOutboxEntry = {
			key: "dup",
			kind: "capture",
			captureLocalId: "other",
			request: captureRequest(),
			attempts: 0,
			nextAttemptAt: 0,
			lastError: null,
			createdAt: "2026-01-01T00:00:00Z",
		};
		await db.outbox.add(taken);
		await expect(recordCapture(db, captureRequest(), provisional, { id: "dup" })).rejects.toThrow();
		expect(await db.captures.count()).toBe(0);
	});

	it("treats an identical pending request as the same capture (double click)", async () => {
		const first = await recordCapture(db, captureRequest(), provisional);
		const second = await recordCapture(db, captureRequest(), provisional);
		expect(second.localId).toBe(first.localId);
		expect(await db.outbox.count()).toBe(1);
		const other = await recordCapture(
			db,
			captureRequest({ contact: { name: "Ben", email: "ben@x.io" } }),
			provisional,
		);
		expect(other.localId).not.toBe(first.localId);
	});

	it("reconciles with the server's answer: synced, customer cached, outbox empty", async () => {
		const capture = await recordCapture(db, captureRequest(), provisional);
		const entry = (await db.outbox.get(capture.localId)) as CaptureOutboxEntry;
		const server = customer({
			id: "srv1",
			tier: "gold",
			identities: [{ kind: "email", value: "anna@brandhaus.de" }],
		});
		await markCaptureSynced(db, entry, captureResponse(server));
		expect(await db.outbox.count()).toBe(0);
		expect(await db.captures.get(capture.localId)).toMatchObject({
			status: "synced",
			customerId: "srv1",
			created: true,
		});
		expect((await db.customers.get("srv1"))?.emails).toEqual(["anna@brandhaus.de"]);
	});

	it("derives the same identity keys as the server's dedupe (buyer id, phone, website domain)", () => {
		const keys = captureKeys(
			captureRequest({
				source: "alibaba",
				contact: { name: "Omar", buyerId: "AB123", whatsapp: "+971 50 123 4567" },
				company: { website: "https://www.gulf-imports.ae/about" },
			}),
		);
		expect(keys).toEqual(["domain:gulf-imports.ae", "phone:+971501234567", "buyer_id:ab123"]);
	});
});
