import { Hono } from "hono";
import { z } from "zod";
import { Backtest } from "../../shared/scoring/backtest";
import { requireRole } from "../auth/authenticate";
import { loadTeamScoring } from "../customers/team-scoring";
import type { AppEnv } from "../env";
import { invalidField } from "../http/problem";
import { validate } from "../http/validate";
import { eachBacktestPage } from "../rescore/backtest-pages";

const MAX_MONTHS = 36;

const backtestQuery = z.object({
	asOf: z.iso.date({ error: "asOf is a date, YYYY-MM-DD" }),
	months: z.coerce
		.number({ error: "months must be a whole number" })
		.int("months must be a whole number")
		.min(1, "months is at least 1")
		.max(MAX_MONTHS, `months is at most ${MAX_MONTHS}`)
		.default(6),
});

/**
 * GET /v1/team/backtest?asOf=YYYY-MM-DD&months=N (managers and admins): the team scored as it stood at
 * the end of asOf with the current settings, against what its customers bought in the N months after
 * (shared/scoring/backtest.ts). A what-if: nothing is written. Two keyset passes over the team.
 */
export const backtestRoutes = new Hono<AppEnv>().get(
	"/",
	requireRole("admin", "manager"),
	validate("query", backtestQuery),
	async (c) => {
		const { db, auth } = c.var;
		const { asOf, months } = c.req.valid("query");
		const { settings } = await loadTeamScoring(db, auth.teamId);
		const run = new Backtest(settings, asOf, months);
		const today = new Date().toISOString().slice(0, 10);
		if (run.window.end > today)
			throw invalidField(
				"months",
				`The ${months} months after ${asOf} end on ${run.window.end}, which has not passed yet`,
			);
		const windowDays = settings.engagementWindowDays;
		await eachBacktestPage(db, auth.teamId, run.window, windowDays, (page) => {
			for (const customer of page) run.addToBaseline(customer);
		});
		await eachBacktestPage(db, auth.teamId, run.window, windowDays, (page) => {
			for (const customer of page) run.score(customer);
		});
		return c.json(run.finish());
	},
);
