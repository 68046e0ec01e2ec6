import { z } from "zod";
import { tierSchema } from "./common";
import { churnSchema } from "./customer";

const day = (name: string) => z.iso.date({ error: `${name} is a date, YYYY-MM-DD` }).optional();

/**
 * GET /v1/customers/export: the filters (the team table's), the format, and `asOf` — score every
 * customer as of the end of that day with the team's current settings (nothing is written). With
 * `asOf`, the tier and churn filters apply to the as-of scores. Unknown parameters are refused.
 */
export const customerExportQuerySchema = z.strictObject({
	format: z.enum(["csv", "xlsx"]).default("csv"),
	asOf: day("asOf"),
	tier: tierSchema.optional(),
	/** A member id. */
	owner: z.string().min(1).max(64).optional(),
	/** Churn severity. */
	churn: churnSchema.shape.severity.optional(),
	pool: z
		.enum(["true", "false"], { error: "pool is true or false" })
		.transform((v) => v === "true")
		.optional(),
	country: z
		.string()
		.regex(/^[A-Za-z]{2}$/, "country is an ISO 3166-1 alpha-2 code")
		.transform((v) => v.toUpperCase())
		.optional(),
	createdFrom: day("createdFrom"),
	createdTo: day("createdTo"),
	/** The customer's last interaction (any member's), from / to (inclusive days, UTC). */
	lastContactFrom: day("lastContactFrom"),
	lastContactTo: day("lastContactTo"),
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
