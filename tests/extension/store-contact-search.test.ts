import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { putCustomers, searchCustomers, toCached } from "../../extension/store/customers";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { getMeta } from "../../extension/store/meta";
import { customer } from "./support/fixtures";

// The side panel answers search from the cache first: contacts' names are searchable offline.
const opened: TierlineDb[] = [];
function freshDb(name = `test-${crypto.randomUUID()}`): TierlineDb {
	const db = openDb(name);
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("local search by contact name", () => {
	it("finds the customer by a contact's Chinese name, part of it, or a Latin name's word", async () => {
		const db = freshDb();
		await putCustomers(db, [
			customer({ id: "lion", name: "Lion City Trading", contactNames: ["陈志明", "Zhang Wei"] }),
			customer({ id: "lisbon", name: "Lisbon Foods", contactNames: ["Ana Souza"] }),
			customer({ id: "old", name: "Old Record" }),
			...Array.from({ length: 300 }, (_, i) => customer({ id: `m${i}`, name: `Buyer ${i}` })),
		]);
		expect(ids(await searchCustomers(db, "陈"))).toEqual(["lion"]);
		expect(ids(await searchCustomers(db, "志明"))).toEqual(["lion"]);
		expect(ids(await searchCustomers(db, "Zhang"))).toEqual(["lion"]);
		expect(ids(await searchCustomers(db, "wei"))).toEqual(["lion"]);
		expect(ids(await searchCustomers(db, "souza"))).toEqual(["lisbon"]);
		expect(ids(await searchCustomers(db, "王"))).toEqual([]);
		// The company name still comes first, and a customer appears once.
		expect(ids(await searchCustomers(db, "li"))).toEqual(["lion", "lisbon"]);
	});

	it("a customer without contact names (an older API) is cached with no contact keys", () => {
		expect(toCached(customer({ name: "X" })).contactKeys).toEqual([]);
		expect(toCached(customer({ contactNames: ["Zhang Wei"] })).contactKeys).toEqual([
			"zhang wei",
			"zhang",
			"wei",
		]);
	});
});

describe("cache upgrade from version 1", () => {
	it("keeps the cached customers, gives them contact keys, and restarts pull sync to fetch names", async () => {
		const name = `test-${crypto.randomUUID()}`;
		const v1 = new Dexie(name);
		v1.version(1).stores({
			customers: "id, *emails, *domains, *buyerIds, *phones, nameKey, tier, updatedAt",
			captures: "localId, status, createdAt, *keys",
			outbox: "key, nextAttemptAt, captureLocalId",
			lookups: "key, expiresAt",
			pages: "tabId",
			meta: "key",
		});
		const { contactKeys: _dropped, ...before } = toCached(customer({ id: "c1", name: "Lion City Trading" }));
		await v1.table("customers").put(before);
		await v1.table("meta").put({ key: "syncCursor", value: "42.c1" });
		await v1.table("meta").put({ key: "lastSyncAt", value: "2026-01-01T00:00:00.000Z" });
		v1.close();

		const db = freshDb(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect((await db.customers.get("c1"))?.contactKeys).toEqual([]);
		expect(ids(await searchCustomers(db, "lion"))).toEqual(["c1"]);
		expect(await getMeta(db, "syncCursor")).toBeUndefined();
		expect(await getMeta(db, "lastSyncAt")).toBe("2026-01-01T00:00:00.000Z");

		// The next pull brings the customer again with its contacts' names.
		await putCustomers(db, [customer({ id: "c1", name: "Lion City Trading", contactNames: ["陈志明"] })]);
		expect(ids(await searchCustomers(db, "陈"))).toEqual(["c1"]);
	});
});

describe("cache upgrade from version 2", () => {
	it("keeps the cached customers and restarts pull sync, which brings their follow-ups (indexed by day)", async () => {
		const name = `test-${crypto.randomUUID()}`;
		const v2 = new Dexie(name);
		v2.version(2).stores({
			customers: "id, *emails, *domains, *buyerIds, *phones, nameKey, *contactKeys, tier, updatedAt",
			captures: "localId, status, createdAt, *keys",
			outbox: "key, nextAttemptAt, captureLocalId",
			lookups: "key, expiresAt",
			pages: "tabId",
			meta: "key",
		});
		await v2.table("customers").put(toCached(customer({ id: "c1", name: "Lion City Trading" })));
		await v2.table("meta").put({ key: "syncCursor", value: "42.c1" });
		v2.close();

		const db = freshDb(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect((await db.customers.get("c1"))?.name).toBe("Lion City Trading");
		expect(await getMeta(db, "syncCursor")).toBeUndefined();
		const followUp = {
			dueAt: "2026-12-08T09:00:00+08:00",
			note: null,
			ownerId: "m1",
			updatedAt: "2026-12-01T00:00:00Z",
		};
		await putCustomers(db, [customer({ id: "c1", name: "Lion City Trading", followUp })]);
		expect(ids(await db.customers.where("followUpDay").belowOrEqual("2026-12-08").toArray())).toEqual(["c1"]);
		expect(await db.customers.where("followUpDay").belowOrEqual("2026-12-07").count()).toBe(0);
	});
});

describe("cache upgrade from version 3", () => {
	it("keeps the cached customers and restarts pull sync, which brings who waits for a reply (indexed)", async () => {
		const name = `test-${crypto.randomUUID()}`;
		const v3 = new Dexie(name);
		v3.version(3).stores({
			customers:
				"id, *emails, *domains, *buyerIds, *phones, nameKey, *contactKeys, tier, updatedAt, followUpDay",
			captures: "localId, status, createdAt, *keys",
			outbox: "key, nextAttemptAt, captureLocalId, customerId",
			lookups: "key, expiresAt",
			pages: "tabId",
			meta: "key",
		});
		await v3.table("customers").put(toCached(customer({ id: "c1", name: "Al Noor Building Materials" })));
		await v3.table("meta").put({ key: "syncCursor", value: "42.c1" });
		v3.close();

		const db = freshDb(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect((await db.customers.get("c1"))?.name).toBe("Al Noor Building Materials");
		expect(await getMeta(db, "syncCursor")).toBeUndefined();
		const awaitingReply = { since: "2026-12-06T05:00:00.000Z", source: "alibaba" as const };
		await putCustomers(db, [
			customer({ id: "c1", name: "Al Noor Building Materials", awaitingReply }),
			customer({ id: "c2", name: "Gulf Trading", awaitingReply: null }),
		]);
		expect(ids(await db.customers.where("awaitingSince").below("\uffff").toArray())).toEqual(["c1"]);
		// Our reply captured later: the next sync brings the customer with nobody waiting.
		await putCustomers(db, [customer({ id: "c1", name: "Al Noor Building Materials", awaitingReply: null })]);
		expect(await db.customers.where("awaitingSince").below("\uffff").count()).toBe(0);
	});
});
