import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";
import { conflict, ProblemError } from "../http/problem";
import { isExpired } from "./idempotency-expiry";

/** An in-flight key older than this belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER_MS = 60_000;

/** SHA-256 of the body's canonical JSON (keys sorted), so equal bodies hash equal however they were written. */
export async function requestHash(body: unknown): Promise<string> {
	const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(body)));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
	if (value !== null && typeof value === "object") {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
	}
	return JSON.stringify(value) ?? "null";
}

export type Claim = { kind: "claimed" } | { kind: "replay"; status: number; body: string };

const mismatch = () =>
	new ProblemError(422, "idempotency-key-reused", "Idempotency key reused", {
		detail: "This Idempotency-Key was used with a different request body",
		errors: [{ path: "Idempotency-Key", message: "Already used with a different body" }],
	});

/**
 * Claims the key for this request, or explains why not: the same body already answered (replay),
 * another body used it (422), or it is still being processed (409).
 */
export async function claimKey(
	db: Db,
	teamId: string,
	memberId: string,
	key: string,
	hash: string,
): Promise<Claim> {
	const now = new Date();
	const inserted = await db
		.insert(idempotencyKeys)
		.values({ teamId, key, memberId, requestHash: hash, state: "in_flight", createdAt: now.toISOString() })
		.onConflictDoNothing()
		.returning({ key: idempotencyKeys.key });
	if (inserted.length > 0) return { kind: "claimed" };

	const where = and(eq(idempotencyKeys.teamId, teamId), eq(idempotencyKeys.key, key));
	const existing = await db.select().from(idempotencyKeys).where(where).get();
	if (!existing) return claimKey(db, teamId, memberId, key, hash);
	if (isExpired(existing.createdAt, now)) return takeOver(db, existing, memberId, hash, now, where);
	if (existing.requestHash !== hash) throw mismatch();
	if (existing.state === "done") {
		return { kind: "replay", status: existing.responseStatus ?? 200, body: existing.responseBody ?? "null" };
	}
	if (now.getTime() - Date.parse(existing.createdAt) < ABANDONED_AFTER_MS) {
		throw conflict("A request with this Idempotency-Key is still being processed; retry shortly");
	}
	return takeOver(db, existing, memberId, hash, now, where);
}

type KeyRow = typeof idempotencyKeys.$inferSelect;

/**
 * Claims a key whose record no longer counts: an abandoned in-flight claim, or an expired record
 * (the cron trigger has not swept it yet), which is then answered as a new request. Fails with 409
 * when another retry took it over first.
 */
async function takeOver(
	db: Db,
	existing: KeyRow,
	memberId: string,
	hash: string,
	now: Date,
	where: SQL | undefined,
): Promise<Claim> {
	const taken = await db
		.update(idempotencyKeys)
		.set({
			memberId,
			requestHash: hash,
			state: "in_flight",
			responseStatus: null,
			responseBody: null,
			createdAt: now.toISOString(),
		})
		.where(
			and(
				where,
				eq(idempotencyKeys.state, existing.state),
				eq(idempotencyKeys.createdAt, existing.createdAt),
			),
		)
		.returning({ key: idempotencyKeys.key });
	if (taken.length === 0) throw conflict("A request with this Idempotency-Key is still being processed");
	return { kind: "claimed" };
}

/** Stores the answer; goes into the same batch as the capture's writes, so both land or neither. */
export function completeKey(db: Db, teamId: string, key: string, status: number, body: unknown) {
	return db
		.update(idempotencyKeys)
		.set({ state: "done", responseStatus: status, responseBody: JSON.stringify(body) })
		.where(and(eq(idempotencyKeys.teamId, teamId), eq(idempotencyKeys.key, key)));
}

/** Frees the key after a failed attempt, so the client can retry with it. */
export async function releaseKey(db: Db, teamId: string, key: string): Promise<void> {
	await db
		.delete(idempotencyKeys)
		.where(
			and(
				eq(idempotencyKeys.teamId, teamId),
				eq(idempotencyKeys.key, key),
				eq(idempotencyKeys.state, "in_flight"),
			),
		);
}
