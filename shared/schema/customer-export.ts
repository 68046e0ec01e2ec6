import { z } from "zod";
import { customerFilterShape } from "./customer-filters";

const day = (name: string) => z.iso.date({ error: `${name} is a date, YYYY-MM-DD` }).optional();

/**
 * GET /v1/customers/export: the filters (the team table's), the format, and `asOf` — score every
 * customer as of the end of that day with the team's current settings (nothing is written). With
 * `asOf`, the tier and churn filters apply to the as-of scores. Unknown parameters are refused.
 */
export const customerExportQuerySchema = z.strictObject({
	format: z.enum(["csv", "xlsx"]).default("csv"),
	asOf: day("asOf"),
	...customerFilterShape,
});
export type CustomerExportQuery = z.infer<typeof customerExportQuerySchema>;

/** The export's columns, in order (the header row). */
export const CUSTOMER_EXPORT_COLUMNS = [
	"id",
	"name",
	"domain",
	"country",
	"owner",
	"account",
	"emails",
	"tier",
	"current_value",
	"potential_value",
	"churn",
	"revenue_12m_usd",
	"last_order",
	"last_interaction",
	"in_pool",
	"created_at",
] as const;
