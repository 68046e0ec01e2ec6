import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import {
	INTERACTION_HISTORY_COLUMNS,
	interactionsSince,
	MAX_HISTORY_ROWS,
	ORDER_HISTORY_COLUMNS,
	withDirection,
} from "../customers/history-columns";
import type { History } from "../customers/scoring";
import type { CustomerRow } from "../customers/view";
import type { Db } from "../db/client";
import { customers, importCustomers, interactions, orders } from "../db/schema";

/** Which customers a job walks: the whole team, or those one import touched. */
export interface JobScope {
	teamId: string;
	scope: "team" | "import";
	importId: string | null;
}

export interface CustomerPage {
	rows: CustomerRow[];
	/** Keyset position after this page; null when the page was empty (the walk is over). */
	cursor: string | null;
	/** Positions the page covered (in import scope it counts deleted customers too). */
	covered: number;
}

/** The next page of live customers in id order after `after`. */
export async function customerPage(
	db: Db,
	scope: JobScope,
	after: string | null,
	limit: number,
): Promise<CustomerPage> {
	if (scope.scope === "import" && scope.importId !== null)
		return importPage(db, scope, scope.importId, after, limit);
	const rows = await db
		.select()
		.from(customers)
		.where(
			and(
				eq(customers.teamId, scope.teamId),
				isNull(customers.deletedAt),
				after === null ? undefined : gt(customers.id, after),
			),
		)
		.orderBy(asc(customers.id))
		.limit(limit);
	return { rows, cursor: rows.at(-1)?.id ?? null, covered: rows.length };
}

async function importPage(
	db: Db,
	scope: JobScope,
	importId: string,
	after: string | null,
	limit: number,
): Promise<CustomerPage> {
	const touched = await db
		.select({ id: importCustomers.customerId, c: customers })
		.from(importCustomers)
		.leftJoin(
			customers,
			and(eq(customers.id, importCustomers.customerId), eq(customers.teamId, scope.teamId)),
		)
		.where(
			and(
				eq(importCustomers.importId, importId),
				eq(importCustomers.teamId, scope.teamId),
				after === null ? undefined : gt(importCustomers.customerId, after),
			),
		)
		.orderBy(asc(importCustomers.customerId))
		.limit(limit);
	const rows = touched.flatMap((t) => (t.c && t.c.deletedAt === null ? [t.c] : []));
	return { rows, cursor: touched.at(-1)?.id ?? null, covered: touched.length };
}

/**
 * Orders and recent interactions of many customers in two queries: the same history
 * loadHistory reads for one customer, so a job's scores equal single re-scores.
 */
export async function histories(
	db: Db,
	teamId: string,
	ids: string[],
	now: Date,
	windowDays: number,
): Promise<Map<string, History>> {
	const out = new Map<string, History>(ids.map((id) => [id, { orders: [], interactions: [] }]));
	if (ids.length === 0) return out;
	const idList = sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;
	const [orderRows, interactionRows] = await db.batch([
		db
			.select({ customerId: orders.customerId, ...ORDER_HISTORY_COLUMNS })
			.from(orders)
			.where(and(eq(orders.teamId, teamId), sql`${orders.customerId} IN ${idList}`)),
		db
			.select({ customerId: interactions.customerId, ...INTERACTION_HISTORY_COLUMNS })
			.from(interactions)
			.where(
				and(
					eq(interactions.teamId, teamId),
					sql`${interactions.customerId} IN ${idList}`,
					sql`${interactions.occurredAt} >= ${interactionsSince(now, windowDays)}`,
				),
			),
	]);
	for (const { customerId, ...order } of orderRows) out.get(customerId)?.orders.push(order);
	for (const { customerId, direction, ...rest } of interactionRows) {
		out.get(customerId)?.interactions.push({ ...rest, ...withDirection(direction) });
	}
	for (const history of out.values()) {
		history.orders.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
		if (history.orders.length > MAX_HISTORY_ROWS) history.orders.length = MAX_HISTORY_ROWS;
		history.interactions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
		if (history.interactions.length > MAX_HISTORY_ROWS) history.interactions.length = MAX_HISTORY_ROWS;
	}
	return out;
}
