import { z } from "zod";
import { captureSourceSchema, tierSchema } from "./common";
import { churnSchema } from "./customer";

const day = (name: string) => z.iso.date({ error: `${name} is a date, YYYY-MM-DD` }).optional();

/**
 * The team table's filters, as query parameters: GET /v1/team/customers and GET /v1/customers/export
 * take the same ones, so an export downloads what the table shows.
 */
export const customerFilterShape = {
	/** Search: name (anywhere in it), email, domain or phone (from the start), or the owner's name. */
	q: z.string().trim().min(1).max(200).optional(),
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
	/** How the customer first came in (a capture's source, or import). */
	source: captureSourceSchema.optional(),
	createdFrom: day("createdFrom"),
	createdTo: day("createdTo"),
	/** The customer's last interaction (any member's), from / to (inclusive days, UTC). */
	lastContactFrom: day("lastContactFrom"),
	lastContactTo: day("lastContactTo"),
};

const filtersSchema = z.object(customerFilterShape);
export type CustomerFilters = z.output<typeof filtersSchema>;
/** The filters as the page holds them before sending (every value a query string). */
export type CustomerFilterParams = Partial<Record<keyof CustomerFilters, string>>;
export const CUSTOMER_FILTER_KEYS = Object.keys(customerFilterShape) as Array<keyof CustomerFilters>;
