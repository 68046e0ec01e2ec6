import { Hono } from "hono";
import {
	type BulkCustomerAction,
	bulkCustomerActionSchema,
	teamCustomerQuerySchema,
} from "../../shared/schema/team-customers";
import { bulkCustomerStatements, checkBulkAction, loadBulkCustomers } from "../customers/bulk-action";
import { teamCustomerPage } from "../customers/team-table";
import { CUSTOMER_GUARDS } from "../customers/write";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import type { AppEnv } from "../env";
import { conflict } from "../http/problem";
import { json, validate } from "../http/validate";
import { insightsScopeOf } from "../insights/scope";

/**
 * /v1/team/customers: the team page's customer table. GET lists a page (filters, search, sort,
 * keyset paging): managers and admins see the team, a salesperson their own customers and the pool.
 * POST /bulk transfers or releases many customers at once, all or none, audited per customer as
 * the single-customer routes are.
 */
export const teamCustomersRoutes = new Hono<AppEnv>()
	.get("/", validate("query", teamCustomerQuerySchema), async (c) => {
		const { db, auth } = c.var;
		return c.json(await teamCustomerPage(db, insightsScopeOf(auth), c.req.valid("query")));
	})
	.post("/bulk", ...json(bulkCustomerActionSchema), async (c) => {
		const { db, auth } = c.var;
		const input: BulkCustomerAction = c.req.valid("json");
		const rows = await loadBulkCustomers(db, auth.teamId, input);
		const target = await checkBulkAction(db, auth, input, rows);
		const at = nowIso();
		await runBatch(db, bulkCustomerStatements(db, auth, input, rows, target, at), {
			...CUSTOMER_GUARDS,
			stale: () => conflict("A customer changed meanwhile; reload the table and try again"),
			member_inactive: () => conflict("The member to receive the customers was deactivated meanwhile"),
		});
		return c.json({
			action: input.action,
			changed: rows.map((r) => ({ id: r.id, version: r.version + 1 })),
		});
	});
