import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { Customer } from "../../../shared/schema";
import { openDb } from "../../store/db";
import { getMeta } from "../../store/meta";
import { isNewToYou, markHandoverSeen } from "./new-to-you";

const customer = (over: Partial<Customer> = {}): Customer =>
	({
		id: "cus_1",
		name: "Gulf Trading LLC",
		owner: { id: "mem_ann", name: "Ann", email: "ann@example.com" },
		ownerSince: "2026-12-01T08:00:00.000Z",
		handover: { fromId: "mem_leo", fromName: "Leo", at: "2026-12-01T08:00:00.000Z" },
		...over,
	}) as Customer;

describe("new to you", () => {
	it("marks a customer handed over to me, not to a colleague, and not one that was never handed over", () => {
		const none = new Set<string>();
		expect(isNewToYou(customer(), "mem_ann", none)).toBe(true);
		expect(isNewToYou(customer(), "mem_bob", none)).toBe(false);
		expect(isNewToYou(customer({ handover: null }), "mem_ann", none)).toBe(false);
		expect(isNewToYou(customer(), undefined, none)).toBe(false);
	});

	it("stops once opened, and marks a later handover of the same customer again", async () => {
		const db = openDb(`new-to-you-${Math.random()}`);
		const first = customer();
		await markHandoverSeen(db, first);
		await markHandoverSeen(db, first);
		const seen = new Set((await getMeta(db, "seenHandovers")) ?? []);
		expect(seen.size).toBe(1);
		expect(isNewToYou(first, "mem_ann", seen)).toBe(false);
		const again = customer({
			handover: { fromId: "mem_bob", fromName: "Bob", at: "2027-01-05T08:00:00.000Z" },
		});
		expect(isNewToYou(again, "mem_ann", seen)).toBe(true);
		db.close();
	});
});
