import { z } from "zod";
import type { BacktestReport } from "../scoring/backtest-tally";

const tierSchema = z.enum(["platinum", "gold", "iron", "lead"]);

const reorderRateSchema = z.object({
	customers: z.number(),
	reordered: z.number(),
	rate: z.number().nullable(),
});

/** GET /v1/team/backtest's answer, as the team page reads it (the engine's BacktestReport). */
export const backtestReportSchema = z.object({
	modelVersion: z.number(),
	asOf: z.string(),
	months: z.number(),
	windowEnd: z.string(),
	customers: z.number(),
	revenue12mUsd: z.number(),
	nextRevenueUsd: z.number(),
	newCustomersNextRevenueUsd: z.number(),
	tiers: z.array(
		z.object({
			tier: tierSchema,
			customers: z.number(),
			customerShare: z.number(),
			revenue12mUsd: z.number(),
			revenue12mShare: z.number(),
			nextRevenueUsd: z.number(),
			nextRevenueShare: z.number(),
			rankingNextRevenueShare: z.number(),
		}),
	),
	comparisons: z.array(
		z.object({
			group: z.enum(["platinum", "platinumGold"]),
			customers: z.number(),
			modelShare: z.number(),
			rankingShare: z.number(),
			liftPoints: z.number(),
		}),
	),
	churn: z.object({
		repeatBuyers: z.number(),
		flagged: reorderRateSchema,
		unflagged: reorderRateSchema,
		bySeverity: z.object({
			watch: reorderRateSchema,
			warning: reorderRateSchema,
			critical: reorderRateSchema,
		}),
		ratio: z.number().nullable(),
	}),
});

// The schema and the engine's type describe the same answer: a change to one fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof backtestReportSchema>, BacktestReport> = true;
void sameShape;
