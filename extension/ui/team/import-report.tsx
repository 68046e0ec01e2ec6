import type { ImportSummary, RowProblem } from "../../../shared/import/wire";
import { type MessageKey, t } from "../../i18n";

/** Problems or warnings as a table: row, column, message (the API's words). */
export function ProblemTable(props: { problems: RowProblem[]; testId: string }) {
	return (
		<div class="table-scroll">
			<table class="team-table import-problems" data-testid={props.testId}>
				<thead>
					<tr>
						<th class="num">{t("import.problem.row")}</th>
						<th>{t("import.problem.column")}</th>
						<th>{t("import.problem.message")}</th>
					</tr>
				</thead>
				<tbody>
					{props.problems.map((p, i) => (
						<tr key={`${p.row}-${i}`}>
							<td class="num">{p.row}</td>
							<td>{p.column ?? "—"}</td>
							<td>{p.message}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

const COUNTS: Array<[MessageKey, (s: ImportSummary) => number]> = [
	["import.summary.rows", (s) => s.rows],
	["import.summary.created", (s) => s.customers.created],
	["import.summary.matched", (s) => s.customers.matched],
	["import.summary.contacts", (s) => s.contacts.added],
	["import.summary.orders", (s) => s.orders.added],
	["import.summary.duplicates", (s) => s.orders.duplicates],
];

/** What the dry run found (or the import did): counts, problems, warnings. */
export function ImportReport(props: { summary: ImportSummary }) {
	const { summary } = props;
	return (
		<div class="card import-report" data-testid="import-report" data-state={summary.state}>
			<dl class="import-counts">
				{COUNTS.map(([key, count]) => (
					<div key={key}>
						<dt>{t(key)}</dt>
						<dd data-testid={key}>{count(summary)}</dd>
					</div>
				))}
			</dl>
			{summary.problemCount > 0 ? (
				<>
					<p class="error" role="alert">
						{t("import.problems", { count: summary.problemCount })}
						{summary.problems.length < summary.problemCount &&
							` ${t("import.problemsMore", { listed: summary.problems.length, count: summary.problemCount })}`}
					</p>
					<ProblemTable problems={summary.problems} testId="import-problems" />
				</>
			) : (
				summary.state === "dry_run" && <p class="ok">{t("import.ready")}</p>
			)}
			{summary.warningCount > 0 && (
				<details>
					<summary>{t("import.warnings", { count: summary.warningCount })}</summary>
					<ProblemTable problems={summary.warnings} testId="import-warnings" />
				</details>
			)}
		</div>
	);
}
