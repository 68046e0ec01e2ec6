import { markCaptureFailed, markCaptureSynced } from "../store/captures";
import type { CaptureOutboxEntry, FollowUpOutboxEntry, OutboxEntry, TierlineDb } from "../store/db";
import { dropFollowUpEntry, markFollowUpPushed } from "../store/follow-ups";
import { setMeta } from "../store/meta";
import { dueEntries, markRetry } from "../store/outbox";
import type { ApiClient } from "./api-client";
import { ApiError, describeFailure } from "./api-error";

/**
 * What to do after a failed push:
 * - retry: the network, a timeout (408), an idempotent request still in flight (409), rate
 *   limiting (429) or a server error (5xx) — it may well work later;
 * - pause: the settings are wrong (401 bad token, or no Tierline API at that URL) — keep every
 *   capture and retry once the user fixes them, rather than failing captures that are fine;
 * - fail: any other 4xx — the server refused this capture, retrying cannot help; show why.
 */
export type FailureAction = "retry" | "pause" | "fail";

export function classifyFailure(error: unknown): FailureAction {
	if (!(error instanceof ApiError)) return "retry";
	const failure = error.failure;
	if (failure.kind === "unreachable") return "retry";
	if (failure.kind === "invalid") return "pause";
	const { status, problem } = failure;
	if (status === 401 || (status === 404 && !problem)) return "pause";
	if (status === 408 || status === 409 || status === 429 || status >= 500) return "retry";
	return status >= 400 && status < 500 ? "fail" : "retry";
}

export interface DrainResult {
	/** Local ids of the captures pushed. */
	pushed: string[];
	failed: string[];
	/** Customers whose follow-up change the server now has (or refused for good). */
	followUps: string[];
	retrying: number;
	/** Customer ids the server answered with (for customersChanged). */
	customerIds: string[];
	/** Set when the drain stopped early on a failure that affects every entry. */
	stoppedBy: string | null;
}

export interface DrainOptions {
	now?: () => number;
	random?: () => number;
}

/**
 * Push every due outbox entry, oldest first, each with its own idempotency key. State lives in
 * IndexedDB only, so a worker killed at any point resumes here without losing or repeating a
 * capture: an entry leaves the outbox only in the transaction that records the server's answer.
 */
export async function drainOutbox(db: TierlineDb, client: ApiClient, options: DrainOptions = {}) {
	const now = options.now ?? Date.now;
	const result: DrainResult = {
		pushed: [],
		failed: [],
		followUps: [],
		retrying: 0,
		customerIds: [],
		stoppedBy: null,
	};
	const due = await dueEntries(db, now());
	for (const [index, entry] of due.entries()) {
		try {
			if (entry.kind === "capture") await pushCapture(db, client, entry, result, now);
			else await pushFollowUp(db, client, entry, result);
		} catch (error) {
			const action = classifyFailure(error);
			const detail = describeFailure(error);
			if (action === "fail") {
				if (entry.kind === "capture") {
					await markCaptureFailed(db, entry, detail);
					result.failed.push(entry.captureLocalId);
				} else {
					// Refused (the customer went to a colleague, or is gone): show what the server holds.
					const held = await client.getCustomer(entry.customerId).then(
						(detail) => detail.followUp ?? null,
						() => undefined,
					);
					await dropFollowUpEntry(db, entry, held);
					result.followUps.push(entry.customerId);
				}
				continue;
			}
			if (action === "pause" || isUnreachable(error)) {
				// Nothing else will get through either: back off every remaining entry together.
				await backOffAll(db, due.slice(index), detail, now(), options.random);
				result.retrying += due.length - index;
				result.stoppedBy = detail;
				break;
			}
			await markRetry(db, entry, detail, now(), options.random);
			result.retrying += 1;
		}
	}
	await setMeta(db, "lastSyncError", result.stoppedBy);
	return result;
}

async function pushCapture(
	db: TierlineDb,
	client: ApiClient,
	entry: CaptureOutboxEntry,
	result: DrainResult,
	now: () => number,
): Promise<void> {
	const response = await client.postCapture(entry.request, entry.key);
	await markCaptureSynced(db, entry, response, new Date(now()));
	result.pushed.push(entry.captureLocalId);
	result.customerIds.push(response.customer.id);
}

async function pushFollowUp(
	db: TierlineDb,
	client: ApiClient,
	entry: FollowUpOutboxEntry,
	result: DrainResult,
): Promise<void> {
	if (entry.kind === "followUp.set") {
		const saved = await client.setFollowUp(entry.customerId, {
			dueAt: entry.followUp.dueAt,
			...(entry.followUp.note ? { note: entry.followUp.note } : {}),
		});
		const { dueAt, note, ownerId, updatedAt } = saved;
		await markFollowUpPushed(db, entry, { dueAt, note, ownerId, updatedAt });
	} else {
		await client.clearFollowUp(entry.customerId);
		await markFollowUpPushed(db, entry, null);
	}
	result.followUps.push(entry.customerId);
	result.customerIds.push(entry.customerId);
}

function isUnreachable(error: unknown): boolean {
	return error instanceof ApiError && error.failure.kind === "unreachable";
}

async function backOffAll(
	db: TierlineDb,
	entries: OutboxEntry[],
	detail: string,
	now: number,
	random?: () => number,
): Promise<void> {
	for (const entry of entries) await markRetry(db, entry, detail, now, random);
}
