import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { type Insights, insightsQuerySchema } from "../../shared/schema/insights";
import { loadTeamScoring } from "../customers/team-scoring";
import type { AppEnv } from "../env";
import { validate } from "../http/validate";
import { churnAtRisk } from "../insights/churn-risk";
import { tierMovements } from "../insights/movements";
import { concentration, tierPyramid } from "../insights/pyramid";
import { salespeople } from "../insights/salespeople";
import { insightsScopeOf } from "../insights/scope";

const DAY_MS = 86_400_000;
/** The movements' period when none is asked for: the 30 days to today. */
const DEFAULT_PERIOD_DAYS = 30;

/**
 * GET /v1/team/insights?from=&to=: the tier pyramid, the revenue concentration curve, tier movements
 * between two days (from the recorded tier history), churn at risk, per-salesperson counts and the
 * pool size. Managers and admins see the team; a salesperson sees the same for their own customers.
 * Everything is aggregated in SQL; each part is one or two queries, run side by side.
 */
export const insightsRoutes = new Hono<AppEnv>().get(
	"/",
	validate("query", insightsQuerySchema),
	async (c) => {
		const { db, auth } = c.var;
		const now = new Date();
		const today = now.toISOString().slice(0, 10);
		const query = c.req.valid("query");
		const to = query.to ?? today;
		const from =
			query.from ??
			new Date(Date.parse(`${to}T00:00:00Z`) - DEFAULT_PERIOD_DAYS * DAY_MS).toISOString().slice(0, 10);
		const scope = insightsScopeOf(auth);
		const { settings } = await loadTeamScoring(db, auth.teamId);
		const [{ pyramid, totals }, movements, churn, people, pool] = await Promise.all([
			tierPyramid(db, scope, settings.labelScheme),
			tierMovements(db, scope, from, to),
			churnAtRisk(db, scope),
			salespeople(db, scope, now),
			db.all<{ n: number }>(
				sql`SELECT count(*) AS n FROM customers WHERE team_id = ${auth.teamId} AND deleted_at IS NULL AND in_pool = 1`,
			),
		]);
		let revenue = 0;
		for (const t of totals.values()) revenue += t.revenue;
		const answer: Insights = {
			scope: scope.ownerId === null ? "team" : "own",
			asOf: today,
			pyramid,
			concentration: await concentration(db, scope, pyramid.customers, revenue),
			movements,
			churn,
			salespeople: people,
			poolSize: pool[0]?.n ?? 0,
		};
		return c.json(answer);
	},
);
