import { sql } from "drizzle-orm";
import { defaultScoringSettings, MODEL_VERSION, type ScoringSettings } from "../../shared/scoring";
import { loadTeamScoring } from "../customers/team-scoring";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { scoringSettings } from "../db/schema";
import { newJobId, startJobStatements } from "./jobs";
import { needsBaseline } from "./run-job";
import { fromQuery, runStatements, type Statement } from "./statements";

/** Teams whose re-score a cron tick starts at most: each job then advances like any other. */
const TEAMS_PER_TICK = 5;

/**
 * Default current-value weights of earlier models. Teams store their settings whole (a new team gets
 * the defaults written out), so a team still on an old default is moved to the calibrated one on
 * upgrade — a team that chose its own weights keeps them.
 */
const EARLIER_DEFAULT_WEIGHTS = [{ recency: 30, frequency: 30, revenue: 40 }];

/**
 * After a deploy with a new MODEL_VERSION, stored scores and baselines are the old model's (a stored
 * baseline of another version is ignored, so single re-scores fall back to absolute cut-offs). The cron
 * trigger starts one whole-team re-score per team still behind, a few teams per tick, skipping teams
 * with a job running (the next tick looks again). The same batch records the version on the team's
 * scoring_settings row, so each team is re-scored once per upgrade, and moves a team still on an
 * earlier default weighting to the calibrated one (a new settings version, audited).
 */
export async function startModelUpgrades(db: Db, d1: D1Database, at: Date): Promise<string[]> {
	const behind = await db.all<{ id: string }>(sql`
		SELECT t.id AS id FROM teams AS t
		LEFT JOIN scoring_settings AS s ON s.team_id = t.id
		WHERE coalesce(s.model_version, 0) <> ${MODEL_VERSION}
			AND NOT EXISTS (SELECT 1 FROM rescore_jobs AS j WHERE j.team_id = t.id AND j.state = 'running')
		ORDER BY t.id LIMIT ${TEAMS_PER_TICK}`);
	const started: string[] = [];
	for (const { id: teamId } of behind) {
		const team = await loadTeamScoring(db, teamId);
		const upgraded = onEarlierDefaults(team.settings)
			? {
					...team.settings,
					current: { ...team.settings.current, weights: defaultScoringSettings.current.weights },
				}
			: null;
		const settings = upgraded ?? team.settings;
		const version = upgraded ? team.version + 1 : team.version;
		const jobId = newJobId();
		const now = at.toISOString();
		const statements: Statement[] = [
			fromQuery(
				db
					.insert(scoringSettings)
					.values({
						teamId,
						version,
						settings: JSON.stringify(settings),
						modelVersion: MODEL_VERSION,
						updatedAt: now,
					})
					.onConflictDoUpdate({
						target: scoringSettings.teamId,
						set: upgraded
							? {
									modelVersion: MODEL_VERSION,
									version,
									settings: JSON.stringify(settings),
									updatedAt: now,
									updatedBy: null,
								}
							: { modelVersion: MODEL_VERSION },
					}),
			),
			...startJobStatements(db, {
				id: jobId,
				teamId,
				scope: "team",
				phase: needsBaseline(settings) ? "baseline" : "score",
				relabel: false,
				total: null,
				at: now,
			}),
		];
		if (upgraded)
			statements.push(
				fromQuery(
					auditStatement(db, {
						teamId,
						actorId: null,
						action: "scoring.model_upgrade",
						entity: "scoring_settings",
						entityId: teamId,
						before: { version: team.version, weights: team.settings.current.weights },
						after: { version, weights: settings.current.weights, modelVersion: MODEL_VERSION, jobId },
						at: now,
					}),
				),
			);
		await runStatements(d1, statements);
		started.push(jobId);
	}
	return started;
}

function onEarlierDefaults(settings: ScoringSettings): boolean {
	const w = settings.current.weights;
	return EARLIER_DEFAULT_WEIGHTS.some(
		(d) => d.recency === w.recency && d.frequency === w.frequency && d.revenue === w.revenue,
	);
}
