import { eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import {
	defaultScoringSettings,
	type ScoringSettings,
	scoringSettingsSchema,
	type TeamBaseline,
	type Tier,
	tierLabel,
} from "../../shared/scoring";
import { requireRole } from "../auth/authenticate";
import { canonicalJson } from "../capture/idempotency";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { guard } from "../db/guards";
import { nowIso } from "../db/ids";
import { scoringSettings } from "../db/schema";
import { timedD1 } from "../db/timed-d1";
import type { AppEnv } from "../env";
import { conflict, notFound } from "../http/problem";
import { json, validate } from "../http/validate";
import { advanceHere, nudge, START_BUDGET_MS } from "../rescore/drive";
import { findJob, type JobRow, jobView, latestJob, newJobId, startJobStatements } from "../rescore/jobs";
import { needsBaseline } from "../rescore/run-job";
import { fromQuery, runStatements } from "../rescore/statements";
import { storedTierSummary, tierSummaryAsOf, tierSummaryPreview } from "../rescore/tier-summary";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];
const jobParam = z.object({ id: z.string().min(1).max(64) });
const summaryQuery = z.object({ asOf: z.iso.date({ error: "asOf is a date, YYYY-MM-DD" }).optional() });
const previewBody = z.strictObject({ settings: scoringSettingsSchema });

interface StoredSettings {
	settings: ScoringSettings;
	version: number;
	updatedAt: string | null;
	baseline: TeamBaseline | null;
}

async function readSettings(db: Db, teamId: string): Promise<StoredSettings> {
	const row = await db.select().from(scoringSettings).where(eq(scoringSettings.teamId, teamId)).get();
	if (!row) return { settings: defaultScoringSettings, version: 1, updatedAt: null, baseline: null };
	return {
		settings: scoringSettingsSchema.parse(JSON.parse(row.settings)),
		version: row.version,
		updatedAt: row.updatedAt,
		baseline: row.baseline === null ? null : (JSON.parse(row.baseline) as TeamBaseline),
	};
}

/** The answer of GET and PUT: the settings, their version, the labels and the latest re-score job. */
function settingsJson(stored: StoredSettings, job: JobRow | undefined) {
	const labels = (locale: "en" | "zh_CN") =>
		Object.fromEntries(TIERS.map((t) => [t, tierLabel(t, stored.settings.labelScheme, locale)])) as Record<
			Tier,
			string
		>;
	const b = stored.baseline;
	return {
		settings: stored.settings,
		version: stored.version,
		updatedAt: stored.updatedAt,
		labels: { en: labels("en"), zh_CN: labels("zh_CN") },
		baseline:
			b === null
				? null
				: {
						asOf: b.asOf,
						settingsVersion: b.settingsVersion ?? null,
						customers: b.customers,
						buyers: b.buyers,
					},
		job: job ? jobView(job) : null,
	};
}

/**
 * /v1/team/scoring: every member reads the settings; admins and managers change them. A change
 * bumps the version and starts a re-score of the whole team (superseding one still running); the
 * PUT works on it for a moment, and each poll of /jobs/:id carries it further (see rescore/drive.ts).
 * POST /preview answers the tiers the team would have with other settings, writing nothing.
 */
export const scoringRoutes = new Hono<AppEnv>()
	.get("/", async (c) => {
		const { db, auth } = c.var;
		const [stored, job] = await Promise.all([readSettings(db, auth.teamId), latestJob(db, auth.teamId)]);
		return c.json(settingsJson(stored, job));
	})
	.put("/", requireRole("admin", "manager"), ...json(scoringSettingsSchema), async (c) => {
		const settings = c.req.valid("json");
		const { db, auth } = c.var;
		const before = await readSettings(db, auth.teamId);
		if (canonicalJson(before.settings) === canonicalJson(settings)) {
			return c.json(settingsJson(before, await latestJob(db, auth.teamId)));
		}
		const at = nowIso();
		const jobId = newJobId();
		const version = before.version + 1;
		await runStatements(
			timedD1(c.env.DB, c.var.timer),
			[
				fromQuery(
					guard(
						db,
						auth.teamId,
						"stale",
						sql`coalesce((SELECT version FROM scoring_settings WHERE team_id = ${auth.teamId}), 1) = ${before.version}`,
					),
				),
				fromQuery(
					db
						.insert(scoringSettings)
						.values({
							teamId: auth.teamId,
							version,
							settings: JSON.stringify(settings),
							updatedAt: at,
							updatedBy: auth.member.id,
						})
						.onConflictDoUpdate({
							target: scoringSettings.teamId,
							set: { version, settings: JSON.stringify(settings), updatedAt: at, updatedBy: auth.member.id },
						}),
				),
				...startJobStatements(db, {
					id: jobId,
					teamId: auth.teamId,
					scope: "team",
					phase: needsBaseline(settings) ? "baseline" : "score",
					relabel: settings.labelScheme !== before.settings.labelScheme,
					total: null,
					at,
				}),
				fromQuery(
					auditStatement(db, {
						teamId: auth.teamId,
						actorId: auth.member.id,
						action: "scoring.update",
						entity: "scoring_settings",
						entityId: auth.teamId,
						before: { version: before.version, settings: before.settings },
						after: { version, settings, jobId },
						at,
					}),
				),
			],
			{ stale: () => conflict("The scoring settings were changed meanwhile; read them again and retry") },
		);
		const job = await advanceHere(c, jobId, START_BUDGET_MS);
		return c.json(settingsJson({ ...before, settings, version, updatedAt: at }, job));
	})
	.get("/jobs/:id", validate("param", jobParam), async (c) => {
		const { db, auth } = c.var;
		const job = await findJob(db, auth.teamId, c.req.valid("param").id);
		if (!job) throw notFound("The re-score job");
		return c.json(jobView(await nudge(c, job)));
	})
	.get("/summary", validate("query", summaryQuery), async (c) => {
		const { db, auth } = c.var;
		const { asOf } = c.req.valid("query");
		const { settings } = await readSettings(db, auth.teamId);
		const summary = asOf
			? await tierSummaryAsOf(db, auth.teamId, settings, asOf)
			: await storedTierSummary(db, auth.teamId, settings);
		return c.json(summary);
	})
	.post("/preview", requireRole("admin", "manager"), ...json(previewBody), async (c) => {
		const { settings } = c.req.valid("json");
		return c.json(await tierSummaryPreview(c.var.db, c.var.auth.teamId, settings));
	});
