import { PUT_CHUNK, toCached } from "../store/customers";
import type { TierlineDb } from "../store/db";
import { keepPendingFollowUps } from "../store/follow-ups";
import { getMeta, setMeta } from "../store/meta";
import type { ApiClient } from "./api-client";

export const SYNC_PAGE_SIZE = 1000;

export interface PullResult {
	changed: number;
	deleted: number;
	pages: number;
	/** Up to `idLimit` changed ids, for customersChanged; `truncated` when there were more. */
	customerIds: string[];
	truncated: boolean;
}

/**
 * Pull every change since the stored cursor, page by page until `hasMore` is false. Each page
 * and its cursor are applied in one transaction, so an interrupted sync resumes where it stopped.
 */
export async function pullSync(
	db: TierlineDb,
	client: ApiClient,
	options: { pageSize?: number; idLimit?: number; now?: () => Date } = {},
): Promise<PullResult> {
	const idLimit = options.idLimit ?? 500;
	const result: PullResult = { changed: 0, deleted: 0, pages: 0, customerIds: [], truncated: false };
	let cursor = await getMeta(db, "syncCursor");
	for (;;) {
		const page = await client.sync(cursor, options.pageSize ?? SYNC_PAGE_SIZE);
		await db.transaction("rw", db.customers, db.lookups, db.meta, db.outbox, async () => {
			for (let i = 0; i < page.customers.length; i += PUT_CHUNK) {
				await db.customers.bulkPut(page.customers.slice(i, i + PUT_CHUNK).map(toCached));
			}
			await keepPendingFollowUps(
				db,
				page.customers.map((c) => c.id),
			);
			if (page.deleted.length > 0) await db.customers.bulkDelete(page.deleted);
			await setMeta(db, "syncCursor", page.cursor);
		});
		result.pages += 1;
		result.changed += page.customers.length;
		result.deleted += page.deleted.length;
		for (const id of [...page.customers.map((c) => c.id), ...page.deleted]) {
			if (result.customerIds.length < idLimit) result.customerIds.push(id);
			else result.truncated = true;
		}
		const stuck = page.cursor === cursor;
		cursor = page.cursor;
		if (!page.hasMore || stuck) break;
	}
	if (result.changed > 0) await db.lookups.clear();
	await setMeta(db, "lastSyncAt", (options.now?.() ?? new Date()).toISOString());
	await setMeta(db, "lastSyncError", null);
	return result;
}
