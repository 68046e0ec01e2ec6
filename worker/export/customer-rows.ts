import { type SQL, sql } from "drizzle-orm";
import type { CsvValue } from "../../shared/csv/write-csv";
import type { CustomerExportQuery } from "../../shared/schema/customer-export";
import type { CustomerScore, ScoringSettings, TeamBaseline } from "../../shared/scoring";
import { customerFilterSql } from "../customers/table-filters";
import type { Db } from "../db/client";
import { letOthersRun } from "../http/let-others-run";
import { scoreWhatIf } from "../rescore/what-if";

/** Customers per keyset page: a page is one query plus, as of a day, one scoring pass (about 60 ms). */
const PAGE = 1000;

interface ExportRow {
	id: string;
	name: string;
	domain: string | null;
	country: string | null;
	website: string | null;
	buyerType: string | null;
	size: string | null;
	signals: string;
	owner: string | null;
	accounts: string | null;
	emails: string | null;
	tier: string;
	currentValue: number;
	potentialValue: number;
	churn: string;
	revenue: number;
	lastOrderAt: string | null;
	lastInteractionAt: string | null;
	inPool: number;
	createdAt: string;
}

/** Scoring as of a day: the settings, the instant and the what-if baseline of the whole team. */
export interface AsOfScoring {
	settings: ScoringSettings;
	now: Date;
	baseline: TeamBaseline;
}

function exportPage(db: Db, where: SQL, after: string | null): Promise<ExportRow[]> {
	return db.all<ExportRow>(sql`
		SELECT c.id, c.name, c.domain, c.country, c.website, c.buyer_type AS buyerType, c.size, c.signals,
			m.name AS owner,
			(SELECT group_concat(value, ';') FROM (SELECT i.value FROM identities i
				WHERE i.team_id = c.team_id AND i.customer_id = c.id AND i.kind = 'account' ORDER BY i.value)) AS accounts,
			(SELECT group_concat(email, ';') FROM (SELECT DISTINCT k.email FROM contacts k
				WHERE k.team_id = c.team_id AND k.customer_id = c.id AND k.email IS NOT NULL ORDER BY k.email)) AS emails,
			c.tier, c.current_value AS currentValue, c.potential_value AS potentialValue,
			c.churn_severity AS churn, c.revenue_12m_usd AS revenue, c.last_order_at AS lastOrderAt,
			c.last_interaction_at AS lastInteractionAt, c.in_pool AS inPool, c.created_at AS createdAt
		FROM customers c LEFT JOIN members m ON m.id = c.owner_id AND m.team_id = c.team_id
		WHERE ${where} ${after === null ? sql`` : sql`AND c.id > ${after}`}
		ORDER BY c.id
		LIMIT ${PAGE}`);
}

function cells(row: ExportRow, score: CustomerScore | null): CsvValue[] {
	return [
		row.id,
		row.name,
		row.domain,
		row.country,
		row.owner,
		row.accounts,
		row.emails,
		score?.tier ?? row.tier,
		score?.current ?? row.currentValue,
		score?.potential ?? row.potentialValue,
		score?.churn.severity ?? row.churn,
		Math.round((score?.explanation.revenue12mUsd ?? row.revenue) * 100) / 100,
		row.lastOrderAt,
		row.lastInteractionAt,
		row.inPool === 1 ? "true" : "false",
		row.createdAt,
	];
}

/**
 * The team's customers matching the filters, one keyset page of export rows at a time (in id
 * order), pausing between pages so other requests get through. With `asOf`, each page is scored
 * as of that day against the what-if baseline, and the tier and churn filters apply to those scores.
 */
export async function* customerExportPages(
	db: Db,
	teamId: string,
	q: CustomerExportQuery,
	asOf: AsOfScoring | null,
): AsyncGenerator<CsvValue[][]> {
	const where = customerFilterSql(teamId, q, q.asOf === undefined);
	let after: string | null = null;
	for (;;) {
		const page = await exportPage(db, where, after);
		if (page.length === 0) return;
		const scores = asOf
			? await scoreWhatIf(db, teamId, page, asOf.settings, asOf.now, asOf.baseline)
			: page.map(() => null);
		const rows: CsvValue[][] = [];
		page.forEach((row, i) => {
			const score = scores[i] ?? null;
			if (score && q.tier !== undefined && score.tier !== q.tier) return;
			if (score && q.churn !== undefined && score.churn.severity !== q.churn) return;
			rows.push(cells(row, score));
		});
		yield rows;
		if (page.length < PAGE) return;
		after = page.at(-1)?.id ?? null;
		await letOthersRun();
	}
}
