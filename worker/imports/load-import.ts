import { and, eq } from "drizzle-orm";
import { imports } from "../db/schema";
import { letOthersRun } from "../http/let-others-run";
import { conflict } from "../http/problem";
import { runStatements } from "../rescore/statements";
import { leaseUntil } from "./import-lease";
import { rollbackImport } from "./rollback-import";
import type { ImportTarget } from "./run-import";
import { type ImportWrite, loadChunks, publishStatements } from "./write-import";

const CLOSED = {
	import_closed: () => conflict("The import is already committed, or was rolled back meanwhile"),
};

/**
 * Writes a planned import with bounded work per D1 batch, all or nothing as users see it:
 * 1. the import's record goes to "loading" with a lease;
 * 2. the new customers (with contacts, identities, orders) are written in chunks, invisible;
 * 3. one batch publishes them and applies the merges into existing customers.
 * A failure rolls everything back; a killed process leaves only invisible rows, rolled back by the
 * cron sweep once the lease lapses, or when the staged import is committed again (which resumes it).
 */
export async function writeImport(target: ImportTarget, w: ImportWrite): Promise<void> {
	await beginLoading(target, w.at);
	try {
		for (const chunk of loadChunks(target.db, w, target.chunkRows)) {
			await runStatements(target.d1, chunk, CLOSED);
			await letOthersRun();
		}
		await runStatements(target.d1, publishStatements(target.db, w), CLOSED);
	} catch (error) {
		await rollbackImport(target.d1, target.db, target.teamId, target.importId).catch(() => undefined);
		throw error;
	}
}

async function beginLoading(target: ImportTarget, at: string): Promise<void> {
	const { db, teamId, importId } = target;
	if (target.origin === "new") {
		await db.insert(imports).values({
			id: importId,
			teamId,
			memberId: target.memberId,
			state: "loading",
			createdAt: at,
			expiresAt: leaseUntil(),
		});
		return;
	}
	const where = and(eq(imports.teamId, teamId), eq(imports.id, importId));
	const started = await db
		.update(imports)
		.set({ state: "loading", expiresAt: leaseUntil() })
		.where(and(where, eq(imports.state, "staging")))
		.returning({ id: imports.id });
	if (started.length === 0) throw conflict("The import is already committed");
}

/**
 * Before a staged import is planned: if an earlier commit of it died while loading (its lease has
 * lapsed), its invisible rows are rolled back first — they must not be read as existing records.
 * A commit still holding its lease is left alone (409).
 */
export async function recoverDeadLoad(target: ImportTarget): Promise<void> {
	if (target.origin !== "staged") return;
	const { db, teamId, importId } = target;
	const row = await db
		.select({ state: imports.state, expiresAt: imports.expiresAt })
		.from(imports)
		.where(and(eq(imports.teamId, teamId), eq(imports.id, importId)))
		.get();
	if (row?.state !== "loading") return;
	if (row.expiresAt !== null && row.expiresAt > new Date().toISOString()) {
		throw conflict("The import is being committed; wait for it to finish");
	}
	await rollbackImport(target.d1, db, teamId, importId);
}
