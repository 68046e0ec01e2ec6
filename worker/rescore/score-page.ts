import { type History, parseSignals, score, scoreColumns, scoringInput } from "../customers/scoring";
import type { TeamScoring } from "../customers/team-scoring";
import type { CustomerRow } from "../customers/view";
import { col, jsonChunks, type Statement } from "./statements";

/** The columns a score fills, in the order of the JSON rows below (after id and version). */
const SCORE_COLUMNS = [
	"tier",
	"current_value",
	"potential_value",
	"churn_flag",
	"churn_severity",
	"churn_reason",
	"explanation",
	"revenue_12m_usd",
	"model_version",
	"settings_version",
	"scored_at",
] as const;

const BUMP = SCORE_COLUMNS.length + 2;

export interface ScoredPage {
	statements: Statement[];
	/** Customers whose answer on the wire changed (they get a new sync_seq). */
	changed: number;
}

/**
 * Scores a page of customers and writes the scores in a few JSON-driven UPDATEs. A customer whose
 * version moved since it was read (a capture or an edit re-scored it meanwhile, from fresher data)
 * is left alone. Scores are derived data, so the version is not bumped (an edit in flight does not
 * turn stale); a customer whose tier, values, churn or tier label changed takes the next sync_seq.
 */
export function scorePage(
	teamId: string,
	rows: CustomerRow[],
	historyOf: Map<string, History>,
	team: TeamScoring,
	now: Date,
	relabel: boolean,
): ScoredPage {
	const at = new Date().toISOString();
	let changed = 0;
	const updates = rows.map((row) => {
		const history = historyOf.get(row.id) ?? { orders: [], interactions: [] };
		const result = score(scoringInput(row, parseSignals(row.signals), history), team, now);
		const columns = scoreColumns(result, at);
		const visible =
			relabel ||
			columns.tier !== row.tier ||
			columns.currentValue !== row.currentValue ||
			columns.potentialValue !== row.potentialValue ||
			columns.churnFlag !== row.churnFlag ||
			columns.churnSeverity !== row.churnSeverity ||
			columns.churnReason !== row.churnReason;
		if (visible) changed++;
		return [
			row.id,
			row.version,
			columns.tier,
			columns.currentValue,
			columns.potentialValue,
			columns.churnFlag ? 1 : 0,
			columns.churnSeverity,
			columns.churnReason,
			columns.explanation,
			columns.revenue12mUsd,
			columns.modelVersion,
			columns.settingsVersion,
			columns.scoredAt,
			visible ? 1 : 0,
		];
	});
	const set = SCORE_COLUMNS.map((name, i) => `${name} = ${col(i + 2)}`).join(", ");
	const statements = jsonChunks(updates).map((json) => ({
		sql:
			`UPDATE customers SET ${set}, ` +
			`sync_seq = CASE WHEN ${col(BUMP)} = 1 THEN (SELECT sync_counter FROM teams WHERE id = ?) ELSE sync_seq END, ` +
			`updated_at = CASE WHEN ${col(BUMP)} = 1 THEN ${col(SCORE_COLUMNS.length + 1)} ELSE updated_at END ` +
			"FROM json_each(?) AS j " +
			`WHERE +customers.team_id = ? AND customers.id = ${col(0)} AND customers.version = ${col(1)} AND customers.deleted_at IS NULL`,
		params: [teamId, json, teamId],
	}));
	return { statements, changed };
}
