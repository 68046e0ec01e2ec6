import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { IMPORT_LIMITS, type ImportSummary, type StagedImport } from "../../shared/import/wire";
import type { Db } from "../db/client";
import { guard, runBatch } from "../db/guards";
import { base64url } from "../db/ids";
import { importParts, imports } from "../db/schema";
import { letOthersRun } from "../http/let-others-run";
import { conflict, notFound, tooLarge } from "../http/problem";

/** Staged parts not committed within a day are dropped. */
export const STAGING_TTL_MS = 24 * 3_600_000;

export type ImportRow = typeof imports.$inferSelect;

export function newImportId(): string {
	return `imp_${base64url(crypto.getRandomValues(new Uint8Array(16)))}`;
}

export function stagedJson(row: ImportRow): StagedImport {
	return {
		id: row.id,
		state: row.state,
		parts: row.parts,
		rows: row.rows,
		createdAt: row.createdAt,
		expiresAt: row.expiresAt,
		summary: row.summary === null ? null : (JSON.parse(row.summary) as ImportSummary),
	};
}

export function findImport(db: Db, teamId: string, id: string): Promise<ImportRow | undefined> {
	return db
		.select()
		.from(imports)
		.where(and(eq(imports.teamId, teamId), eq(imports.id, id)))
		.get();
}

/** Opens a staged import for parts; the team's expired staged imports are dropped on the way. */
export async function createStaged(db: Db, teamId: string, memberId: string, now: Date): Promise<ImportRow> {
	await expireStagedImports(db, now, teamId);
	const row: ImportRow = {
		id: newImportId(),
		teamId,
		memberId,
		state: "staging",
		parts: 0,
		rows: 0,
		summary: null,
		jobId: null,
		createdAt: now.toISOString(),
		committedAt: null,
		expiresAt: new Date(now.getTime() + STAGING_TTL_MS).toISOString(),
	};
	await db.insert(imports).values(row);
	return row;
}

/** Stores (or replaces: retries are safe) part `idx` of a staged import. */
export async function putPart(
	db: Db,
	teamId: string,
	importId: string,
	part: { idx: number; firstRow: number; body: string },
): Promise<ImportRow> {
	const found = await findImport(db, teamId, importId);
	if (!found) throw notFound("The import");
	if (found.state !== "staging") throw conflict("The import is already committed; start a new one");
	if (part.idx >= IMPORT_LIMITS.parts) throw tooLarge(`An import has at most ${IMPORT_LIMITS.parts} parts`);
	const where = and(eq(imports.teamId, teamId), eq(imports.id, importId));
	await runBatch(
		db,
		[
			guard(
				db,
				teamId,
				"committed",
				sql`EXISTS (SELECT 1 FROM imports WHERE id = ${importId} AND state = 'staging')`,
			),
			db
				.insert(importParts)
				.values({ importId, idx: part.idx, teamId, firstRow: part.firstRow, body: part.body })
				.onConflictDoUpdate({
					target: [importParts.importId, importParts.idx],
					set: { firstRow: part.firstRow, body: part.body },
				}),
			db
				.update(imports)
				.set({ parts: sql`(SELECT count(*) FROM import_parts WHERE import_id = ${importId})` })
				.where(where),
		],
		{ committed: () => conflict("The import is already committed; start a new one") },
	);
	return (await findImport(db, teamId, importId)) ?? found;
}

/** The staged parts in order, read one by one (each up to the body limit), letting other requests run between them. */
export async function loadParts(
	db: Db,
	teamId: string,
	importId: string,
): Promise<Array<{ idx: number; firstRow: number; body: string }>> {
	const ofImport = and(eq(importParts.teamId, teamId), eq(importParts.importId, importId));
	const indexes = await db
		.select({ idx: importParts.idx })
		.from(importParts)
		.where(ofImport)
		.orderBy(asc(importParts.idx));
	const parts = [];
	for (const { idx } of indexes) {
		const part = await db
			.select({ idx: importParts.idx, firstRow: importParts.firstRow, body: importParts.body })
			.from(importParts)
			.where(and(ofImport, eq(importParts.idx, idx)))
			.get();
		if (part) parts.push(part);
		await letOthersRun();
	}
	return parts;
}

/** Drops staged imports past their expiry (of one team, or of all teams for the cron trigger). */
export async function expireStagedImports(db: Db, now: Date, teamId?: string): Promise<void> {
	const expired = await db
		.select({ id: imports.id })
		.from(imports)
		.where(
			and(
				eq(imports.state, "staging"),
				lt(imports.expiresAt, now.toISOString()),
				teamId === undefined ? undefined : eq(imports.teamId, teamId),
			),
		)
		.limit(50);
	if (expired.length === 0) return;
	const ids = expired.map((e) => e.id);
	await db.batch([
		db.delete(importParts).where(inArray(importParts.importId, ids)),
		db.delete(imports).where(and(inArray(imports.id, ids), eq(imports.state, "staging"))),
	]);
}
