import type { FollowUpRef } from "../../shared/schema/customer";
import { dueDayOf } from "../../shared/schema/follow-up";
import type { CachedCustomer, FollowUpOutboxEntry, TierlineDb } from "./db";

export interface FollowUpChange {
	dueAt: string;
	note: string | null;
}

/** The cached row with this follow-up (null: none), and its day index kept in step. */
function withFollowUp(row: CachedCustomer, followUp: FollowUpRef | null): CachedCustomer {
	const { followUpDay: _, ...rest } = row;
	return followUp
		? { ...rest, followUp, followUpDay: dueDayOf(followUp.dueAt) }
		: { ...rest, followUp: null };
}

/** Follow-up entries still waiting for the server, oldest first. */
async function pendingFollowUps(db: TierlineDb, customerIds?: string[]): Promise<FollowUpOutboxEntry[]> {
	const rows = customerIds
		? await db.outbox.where("customerId").anyOf(customerIds).toArray()
		: await db.outbox.where("customerId").above("").toArray();
	return rows
		.filter((e): e is FollowUpOutboxEntry => e.kind !== "capture")
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function localValue(entry: FollowUpOutboxEntry, ownerId: string, at: string): FollowUpRef | null {
	return entry.kind === "followUp.set" ? { ...entry.followUp, ownerId, updatedAt: at } : null;
}

/**
 * Offline first: the cached customer shows the change at once, and the change waits in the outbox
 * (in the same transaction) until the server has it. A newer change to the same customer's
 * follow-up replaces a waiting one: only the latest is sent.
 */
export async function recordFollowUp(
	db: TierlineDb,
	customerId: string,
	change: FollowUpChange | null,
	ownerId: string | null,
	now = new Date(),
): Promise<FollowUpOutboxEntry> {
	const at = now.toISOString();
	const base = {
		key: crypto.randomUUID(),
		customerId,
		attempts: 0,
		nextAttemptAt: now.getTime(),
		lastError: null,
		createdAt: at,
	};
	const entry: FollowUpOutboxEntry = change
		? { ...base, kind: "followUp.set", followUp: { dueAt: change.dueAt, note: change.note } }
		: { ...base, kind: "followUp.clear" };
	return db.transaction("rw", db.customers, db.outbox, async () => {
		const waiting = await pendingFollowUps(db, [customerId]);
		await db.outbox.bulkDelete(waiting.map((e) => e.key));
		await db.outbox.add(entry);
		const row = await db.customers.get(customerId);
		if (row) {
			const owner = ownerId ?? row.followUp?.ownerId ?? "";
			await db.customers.put(withFollowUp(row, localValue(entry, owner, at)));
		}
		return entry;
	});
}

/**
 * The server has the change: drop the entry and keep the server's answer — unless a newer change
 * is already waiting, whose local value stays shown.
 */
export async function markFollowUpPushed(
	db: TierlineDb,
	entry: FollowUpOutboxEntry,
	answer: FollowUpRef | null,
): Promise<void> {
	await db.transaction("rw", db.customers, db.outbox, async () => {
		await db.outbox.delete(entry.key);
		if ((await pendingFollowUps(db, [entry.customerId])).length > 0) return;
		const row = await db.customers.get(entry.customerId);
		if (row) await db.customers.put(withFollowUp(row, answer));
	});
}

/** The server refused the change for good: drop it; the caller puts back what the server holds. */
export async function dropFollowUpEntry(
	db: TierlineDb,
	entry: FollowUpOutboxEntry,
	answer: FollowUpRef | null | undefined,
) {
	await db.transaction("rw", db.customers, db.outbox, async () => {
		await db.outbox.delete(entry.key);
		if (answer === undefined || (await pendingFollowUps(db, [entry.customerId])).length > 0) return;
		const row = await db.customers.get(entry.customerId);
		if (row) await db.customers.put(withFollowUp(row, answer));
	});
}

/**
 * Within a pull's transaction, after the server's rows were written: a change still waiting in
 * the outbox wins over the server's older value, so a pull never undoes what the user just did.
 */
export async function keepPendingFollowUps(db: TierlineDb, customerIds: string[]): Promise<void> {
	if (customerIds.length === 0) return;
	const latest = new Map<string, FollowUpOutboxEntry>();
	for (const entry of await pendingFollowUps(db, customerIds)) latest.set(entry.customerId, entry);
	for (const [customerId, entry] of latest) {
		const row = await db.customers.get(customerId);
		if (!row) continue;
		const owner = row.followUp?.ownerId ?? "";
		await db.customers.put(withFollowUp(row, localValue(entry, owner, entry.createdAt)));
	}
}

/** A server answer that does not carry the follow-up (a capture's) keeps the cached one. */
export function keepUntoldFollowUp<T extends { followUp?: FollowUpRef | null }>(
	incoming: T,
	cached: { followUp?: FollowUpRef | null } | undefined,
): T {
	return incoming.followUp === undefined && cached?.followUp !== undefined
		? { ...incoming, followUp: cached.followUp }
		: incoming;
}
