import { z } from "zod";
import { tierSchema } from "./common";
import { churnSchema } from "./customer";
import { tierSummarySchema } from "./scoring-answers";

const day = (name: string) => z.iso.date({ error: `${name} is a date, YYYY-MM-DD` });

/** GET /v1/team/insights: the period of the tier movements (default: the 30 days to today). */
export const insightsQuerySchema = z
	.strictObject({ from: day("from").optional(), to: day("to").optional() })
	.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
		message: "from is on or before to",
		path: ["from"],
	});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

/** One point of the concentration curve: the top `customerShare` of customers bring `revenueShare`. */
export const concentrationPointSchema = z.object({ customerShare: z.number(), revenueShare: z.number() });

export const concentrationSchema = z.object({
	/** From the biggest buyer down, ending at (1, 1); empty without customers. */
	points: z.array(concentrationPointSchema),
	/** The revenue share of the top 5, 10 and 20 % of customers (at least one customer each). */
	top: z.array(z.object({ percent: z.number(), customers: z.number(), revenueShare: z.number() })),
});

/** Customers at `from` in one tier and at `to` in another; `from` null: not a customer yet on `from`. */
export const movementCellSchema = z.object({
	from: tierSchema.nullable(),
	to: tierSchema,
	customers: z.number(),
});

export const fallenCustomerSchema = z.object({
	id: z.string(),
	name: z.string(),
	from: tierSchema,
	to: tierSchema,
	revenue12mUsd: z.number(),
});

export const movementsSchema = z.object({
	from: z.string(),
	to: z.string(),
	/** Only the non-empty cells. */
	matrix: z.array(movementCellSchema),
	/** Share of the customers Iron on `from` who are Gold on `to` (null: none were Iron). */
	ironToGold: z.number().nullable(),
	/** Share of the customers Gold on `from` who are Platinum on `to` (null: none were Gold). */
	goldToPlatinum: z.number().nullable(),
	/** Customers in a lower tier on `to` than on `from`. */
	fellCount: z.number(),
	/** The biggest of them by trailing-12-month revenue (at most 50). */
	fell: z.array(fallenCustomerSchema),
});

export const churnRiskSchema = z.object({
	id: z.string(),
	name: z.string(),
	tier: tierSchema,
	severity: churnSchema.shape.severity,
	revenue12mUsd: z.number(),
	lastOrderAt: z.string().nullable(),
	owner: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const salespersonInsightsSchema = z.object({
	memberId: z.string(),
	name: z.string(),
	/** Customers they own (not in the pool), per tier. */
	tiers: z.record(tierSchema, z.number()),
	/** Their customers created since Monday / the 1st of this month (UTC). */
	newLeadsWeek: z.number(),
	newLeadsMonth: z.number(),
	/** Their customers not followed up (pool-rules' last follow-up) for at least 30, 60, 90 days. */
	noFollowUp30: z.number(),
	noFollowUp60: z.number(),
	noFollowUp90: z.number(),
});

/** GET /v1/team/insights: managers and admins see the team; a salesperson sees their own customers. */
export const insightsSchema = z.object({
	scope: z.enum(["team", "own"]),
	/** Today (UTC): the day the stored tiers and revenues are read on. */
	asOf: z.string(),
	/** Customers and trailing-12-month revenue per stored tier. */
	pyramid: tierSummarySchema,
	concentration: concentrationSchema,
	movements: movementsSchema,
	/** Customers flagged at risk of churning, most revenue first (at most 50 of `count`). */
	churn: z.object({ count: z.number(), revenue12mUsd: z.number(), customers: z.array(churnRiskSchema) }),
	salespeople: z.array(salespersonInsightsSchema),
	/** Customers in the team's pool (公海) now. */
	poolSize: z.number(),
});
export type Insights = z.infer<typeof insightsSchema>;
