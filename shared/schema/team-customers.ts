import { z } from "zod";
import { captureSourceSchema, tierSchema } from "./common";
import { churnSchema } from "./customer";
import { customerFilterShape } from "./customer-filters";
import { LIMITS } from "./limits";

/** The team table's orders; each is a keyset over (the column, id) on an index. */
export const teamCustomerSortSchema = z.enum(["name", "revenue", "lastContact", "created"]);
export type TeamCustomerSort = z.infer<typeof teamCustomerSortSchema>;

/**
 * GET /v1/team/customers: the filters of the export, a sort (name A→Z unless `dir` says otherwise),
 * and keyset paging (`cursor`: the previous page's nextCursor). Unknown parameters are refused.
 */
export const teamCustomerQuerySchema = z.strictObject({
	...customerFilterShape,
	sort: teamCustomerSortSchema.default("name"),
	dir: z.enum(["asc", "desc"], { error: "dir is asc or desc" }).default("asc"),
	cursor: z.string().max(400).optional(),
	limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});
export type TeamCustomerQuery = z.output<typeof teamCustomerQuerySchema>;

export const teamCustomerRowSchema = z.object({
	id: z.string(),
	name: z.string(),
	domain: z.string().nullable(),
	/** A contact's email (the first in alphabetical order), if any. */
	email: z.string().nullable(),
	country: z.string().nullable(),
	tier: tierSchema,
	currentValue: z.number(),
	potentialValue: z.number(),
	churn: churnSchema.shape.severity,
	revenue12mUsd: z.number(),
	lastOrderAt: z.string().nullable(),
	lastInteractionAt: z.string().nullable(),
	createdAt: z.string(),
	owner: z.object({ id: z.string(), name: z.string() }).nullable(),
	inPool: z.boolean(),
	source: captureSourceSchema.nullable(),
	/** For the bulk actions' version check. */
	version: z.number(),
});
export type TeamCustomerRow = z.infer<typeof teamCustomerRowSchema>;

export const teamCustomerPageSchema = z.object({
	items: z.array(teamCustomerRowSchema),
	nextCursor: z.string().nullable(),
	/** Customers matching the filters: counted on the first page only (null on the next ones). */
	total: z.number().nullable(),
});
export type TeamCustomerPage = z.infer<typeof teamCustomerPageSchema>;

/** Customers one bulk action takes at most (a few table pages). */
export const BULK_CUSTOMERS_MAX = 200;

/** The customers of a bulk action, each at the version the table showed. */
const bulkCustomersSchema = z
	.array(z.strictObject({ id: z.string().min(1).max(64), version: z.number().int().min(1) }))
	.min(1)
	.max(BULK_CUSTOMERS_MAX);

/**
 * POST /v1/team/customers/bulk: transfer the customers to a member, or release them to the pool —
 * all of them or none. Each customer comes with the version the table showed; one that changed
 * since refuses the whole action (409, naming it).
 */
export const bulkCustomerActionSchema = z.discriminatedUnion("action", [
	z.strictObject({
		action: z.literal("transfer"),
		toMemberId: z.string().min(1).max(64),
		customers: bulkCustomersSchema,
		reason: z.string().trim().max(500).optional(),
	}),
	z.strictObject({
		action: z.literal("release"),
		customers: bulkCustomersSchema,
		reason: z.string().trim().max(500).optional(),
	}),
]);
export type BulkCustomerAction = z.infer<typeof bulkCustomerActionSchema>;

export const bulkCustomerResultSchema = z.object({
	action: z.enum(["transfer", "release"]),
	/** Every customer of the request, changed. */
	changed: z.array(z.object({ id: z.string(), version: z.number() })),
});
export type BulkCustomerResult = z.infer<typeof bulkCustomerResultSchema>;
