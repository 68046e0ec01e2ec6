import { z } from "zod";
import { tierSchema } from "./common";

/** One tier's share of a team's customers and of its trailing-12-month revenue (USD). */
export const tierShareSchema = z.object({
	tier: tierSchema,
	label: z.string(),
	customers: z.number(),
	customerShare: z.number(),
	revenue12mUsd: z.number(),
	revenueShare: z.number(),
});

/** GET /v1/team/scoring/summary and POST /v1/team/scoring/preview: the team's tiers, beside the 80/20 shape. */
export const tierSummarySchema = z.object({
	/** Null: the stored tiers; a date: the team scored as of that day (nothing stored). */
	asOf: z.string().nullable(),
	customers: z.number(),
	revenue12mUsd: z.number(),
	tiers: z.array(tierShareSchema),
});

/** A re-score job as clients read it (GET /v1/team/scoring, GET /v1/team/scoring/jobs/:id). */
export const rescoreJobSchema = z.object({
	id: z.string(),
	state: z.enum(["running", "done", "failed", "superseded"]),
	phase: z.enum(["baseline", "score"]),
	scope: z.enum(["team", "import"]),
	importId: z.string().nullable(),
	total: z.number(),
	done: z.number(),
	settingsVersion: z.number(),
	startedAt: z.string(),
	finishedAt: z.string().nullable(),
	error: z.string().nullable(),
});

export type TierShare = z.infer<typeof tierShareSchema>;
export type TierSummary = z.infer<typeof tierSummarySchema>;
export type RescoreJob = z.infer<typeof rescoreJobSchema>;
