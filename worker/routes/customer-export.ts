import { Hono } from "hono";
import { CUSTOMER_EXPORT_COLUMNS, customerExportQuerySchema } from "../../shared/schema/customer-export";
import { requireRole } from "../auth/authenticate";
import { loadTeamScoring } from "../customers/team-scoring";
import { auditStatement } from "../db/audit";
import { nowIso } from "../db/ids";
import type { AppEnv } from "../env";
import { csvStream } from "../export/csv-stream";
import { type AsOfScoring, customerExportPages } from "../export/customer-rows";
import { xlsxBody } from "../export/xlsx-body";
import { validate } from "../http/validate";
import { endOfDay, whatIfBaseline } from "../rescore/what-if";

/**
 * GET /v1/customers/export (managers and admins): the team's customers as CSV (UTF-8 with a BOM,
 * CRLF, formula-safe cells) or, with format=xlsx, a workbook, filtered like the team table, streamed page by page; `asOf` scores
 * every customer as of that day (the same what-if passes as GET /v1/team/scoring/summary?asOf=).
 * Each export is audited with its filters, never its rows. Managers and admins see every customer.
 */
export const customerExportRoutes = new Hono<AppEnv>().get(
	"/export",
	requireRole("admin", "manager"),
	validate("query", customerExportQuerySchema),
	async (c) => {
		const { db, auth } = c.var;
		const query = c.req.valid("query");
		let asOf: AsOfScoring | null = null;
		if (query.asOf !== undefined) {
			const { settings } = await loadTeamScoring(db, auth.teamId);
			const now = endOfDay(query.asOf);
			asOf = { settings, now, baseline: await whatIfBaseline(db, auth.teamId, settings, now) };
		}
		const at = nowIso();
		await auditStatement(db, {
			teamId: auth.teamId,
			actorId: auth.member.id,
			action: "customer.export",
			entity: "customer",
			entityId: null,
			after: { filters: query },
			at,
		});
		const pages = customerExportPages(db, auth.teamId, query, asOf);
		const name = `tierline-customers-${query.asOf ?? at.slice(0, 10)}`;
		if (query.format === "xlsx") {
			const body = await xlsxBody(CUSTOMER_EXPORT_COLUMNS, pages, "Customers");
			return c.body(body, 200, {
				"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"Content-Disposition": `attachment; filename="${name}.xlsx"`,
				"Cache-Control": "no-store",
			});
		}
		return c.body(csvStream(CUSTOMER_EXPORT_COLUMNS, pages), 200, {
			"Content-Type": "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="${name}.csv"`,
			"Cache-Control": "no-store",
		});
	},
);
