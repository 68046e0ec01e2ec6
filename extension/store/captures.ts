import { identityKeys } from "../../shared/capture/identity-keys";
import type { CaptureRequestParsed } from "../../shared/schema/capture";
import type { CaptureResponse } from "../../shared/schema/customer";
import { toCached } from "./customers";
import type { CaptureOutboxEntry, LocalCapture, TierlineDb } from "./db";
import { keepUntoldFollowUp } from "./follow-ups";

export type Provisional = LocalCapture["provisional"];

/** "kind:value" identity keys of a capture, the same keys the server dedupes on. */
export function captureKeys(request: CaptureRequestParsed): string[] {
	const { contact, company } = request;
	return identityKeys({
		email: contact.email,
		domain: company.domain,
		website: company.website,
		phone: contact.phone,
		whatsapp: contact.whatsapp,
		buyerId: contact.buyerId,
	}).map((key) => `${key.kind}:${key.value}`);
}

export function captureName(request: CaptureRequestParsed): string {
	return (
		request.contact.name ?? request.company.name ?? request.contact.email ?? request.contact.buyerId ?? "?"
	);
}

export interface RecordOptions {
	now?: Date;
	/** The local id and idempotency key; random unless a test fixes it. */
	id?: string;
}

/**
 * Local-first capture: the capture (with its provisional tier) and its outbox entry are written
 * in ONE transaction, so a capture is never shown without being queued, nor queued unseen.
 * A second identical request while the first is still pending returns the first (double clicks).
 */
export async function recordCapture(
	db: TierlineDb,
	request: CaptureRequestParsed,
	provisional: Provisional,
	options: RecordOptions = {},
): Promise<LocalCapture> {
	const now = options.now ?? new Date();
	const id = options.id ?? crypto.randomUUID();
	const keys = captureKeys(request);
	const capture: LocalCapture = {
		localId: id,
		createdAt: now.toISOString(),
		status: "pending",
		request,
		name: captureName(request),
		keys,
		provisional,
		customerId: null,
		created: null,
		error: null,
		syncedAt: null,
	};
	const entry: CaptureOutboxEntry = {
		key: id,
		kind: "capture",
		captureLocalId: id,
		request,
		attempts: 0,
		nextAttemptAt: now.getTime(),
		lastError: null,
		createdAt: now.toISOString(),
	};
	return db.transaction("rw", db.captures, db.outbox, async () => {
		const twin = await findPendingTwin(db, request);
		if (twin) return twin;
		await db.captures.add(capture);
		await db.outbox.add(entry);
		return capture;
	});
}

async function findPendingTwin(
	db: TierlineDb,
	request: CaptureRequestParsed,
): Promise<LocalCapture | undefined> {
	const json = JSON.stringify(request);
	const pending = await db.captures.where("status").equals("pending").toArray();
	return pending.find((c) => JSON.stringify(c.request) === json);
}

/** The server accepted the capture: drop the outbox entry, reconcile the capture, cache the customer. */
export async function markCaptureSynced(
	db: TierlineDb,
	entry: CaptureOutboxEntry,
	response: CaptureResponse,
	now = new Date(),
): Promise<void> {
	await db.transaction("rw", db.captures, db.outbox, db.customers, async () => {
		await db.outbox.delete(entry.key);
		await db.captures.update(entry.captureLocalId, {
			status: "synced",
			customerId: response.customer.id,
			created: response.created,
			error: null,
			syncedAt: now.toISOString(),
		});
		const cached = await db.customers.get(response.customer.id);
		await db.customers.put(toCached(keepUntoldFollowUp(response.customer, cached)));
	});
}

/** The server refused the capture for good (a 4xx): keep it, visibly failed, with the reason. */
export async function markCaptureFailed(
	db: TierlineDb,
	entry: CaptureOutboxEntry,
	detail: string,
): Promise<void> {
	await db.transaction("rw", db.captures, db.outbox, async () => {
		await db.outbox.delete(entry.key);
		await db.captures.update(entry.captureLocalId, { status: "failed", error: detail });
	});
}

/** Queue a failed capture again (after the user fixed the cause), under a new idempotency key. */
export async function retryFailedCapture(
	db: TierlineDb,
	localId: string,
	now = new Date(),
): Promise<boolean> {
	return db.transaction("rw", db.captures, db.outbox, async () => {
		const capture = await db.captures.get(localId);
		if (capture?.status !== "failed") return false;
		await db.captures.update(localId, { status: "pending", error: null });
		const entry: CaptureOutboxEntry = {
			key: crypto.randomUUID(),
			kind: "capture",
			captureLocalId: localId,
			request: capture.request,
			attempts: 0,
			nextAttemptAt: now.getTime(),
			lastError: null,
			createdAt: now.toISOString(),
		};
		await db.outbox.add(entry);
		return true;
	});
}

export async function dismissCapture(db: TierlineDb, localId: string): Promise<void> {
	await db.transaction("rw", db.captures, db.outbox, async () => {
		const capture = await db.captures.get(localId);
		if (capture?.status === "pending") return;
		await db.captures.delete(localId);
	});
}

/** Captures still waiting for the server, matching any of these "kind:value" keys. */
export function capturesForKeys(db: TierlineDb, keys: string[]): Promise<LocalCapture[]> {
	if (keys.length === 0) return Promise.resolve([]);
	return db.captures.where("keys").anyOf(keys).distinct().toArray();
}
