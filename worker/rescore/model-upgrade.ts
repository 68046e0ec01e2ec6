import { sql } from "drizzle-orm";
import { MODEL_VERSION } from "../../shared/scoring";
import { loadTeamScoring } from "../customers/team-scoring";
import type { Db } from "../db/client";
import { scoringSettings } from "../db/schema";
import { newJobId, startJobStatements } from "./jobs";
import { needsBaseline } from "./run-job";
import { fromQuery, runStatements } from "./statements";

/** Teams whose re-score a cron tick starts at most: each job then advances like any other. */
const TEAMS_PER_TICK = 5;

/**
 * After a deploy with a new MODEL_VERSION, stored scores and baselines are the old model's (a stored
 * baseline of another version is ignored, so single re-scores fall back to absolute cut-offs). The cron
 * trigger starts one whole-team re-score per team still behind, a few teams per tick, skipping teams
 * with a job running (it will be superseded by nobody: the next tick looks again). The team's
 * scoring_settings row records the version in the same batch (created with "{}", i.e. the defaults,
 * for a team that never saved settings), so each team is re-scored once per upgrade.
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
		const { settings } = await loadTeamScoring(db, teamId);
		const jobId = newJobId();
		const now = at.toISOString();
		await runStatements(d1, [
			fromQuery(
				db
					.insert(scoringSettings)
					.values({ teamId, version: 1, settings: "{}", modelVersion: MODEL_VERSION, updatedAt: now })
					.onConflictDoUpdate({ target: scoringSettings.teamId, set: { modelVersion: MODEL_VERSION } }),
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
		]);
		started.push(jobId);
	}
	return started;
}
