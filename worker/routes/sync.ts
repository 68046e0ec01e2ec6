import { and, asc, eq, gt, or } from "drizzle-orm";
import { Hono } from "hono";
import { type SyncResponse, syncQuerySchema } from "../../shared/schema/sync";
import { labeller, teamSettings } from "../customers/team-scoring";
import { customersJson, selectCustomers } from "../customers/view";
import { shownTo, viewerOf } from "../customers/visibility";
import { customers } from "../db/schema";
import type { AppEnv } from "../env";
import { invalidField } from "../http/problem";
import { validate } from "../http/validate";

/** "<sync_seq>.<customer id>" of the last change seen; "0" before the first. */
function parseCursor(since: string | undefined): { seq: number; id: string } {
	if (since === undefined || since === "0") return { seq: 0, id: "" };
	const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(since);
	if (!match) throw invalidField("since", "Not a sync cursor; start with no since and pass back `cursor`");
	return { seq: Number(match[1]), id: match[2] as string };
}

/**
 * GET /v1/sync?since=<cursor>: the team's customer changes in commit order (sync_seq, then id),
 * live ones with identities and tier, deleted ones as ids. Repeat with `cursor` while `hasMore`.
 */
export const syncRoutes = new Hono<AppEnv>().get("/", validate("query", syncQuerySchema), async (c) => {
	const { db, auth } = c.var;
	const { since, limit } = c.req.valid("query");
	const from = parseCursor(since);
	const rows = await selectCustomers(db)
		.where(
			and(
				eq(customers.teamId, auth.teamId),
				or(gt(customers.syncSeq, from.seq), and(eq(customers.syncSeq, from.seq), gt(customers.id, from.id))),
			),
		)
		.orderBy(asc(customers.syncSeq), asc(customers.id))
		.limit(limit + 1);
	const page = rows.slice(0, limit);
	const live = page.filter((r) => r.c.deletedAt === null);
	const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
	const last = page[page.length - 1];
	const response: SyncResponse = {
		customers: (await customersJson(db, auth.teamId, live, labelOf)).map((customer) =>
			shownTo(viewerOf(auth), customer),
		),
		deleted: page.filter((r) => r.c.deletedAt !== null).map((r) => r.c.id),
		cursor: last ? `${last.c.syncSeq}.${last.c.id}` : (since ?? "0"),
		hasMore: rows.length > limit,
	};
	return c.json(response);
});
