import { type ColumnMapping, IMPORT_FIELDS, KEY_FIELDS } from "../../shared/import/fields";
import { guessMapping, type ResolvedMapping } from "../../shared/import/guess-mapping";
import { type CsvRecord, parseCsv } from "../../shared/import/parse-csv";
import { IMPORT_LIMITS, type ImportSummary, type RowProblem } from "../../shared/import/wire";
import { loadTeamScoring } from "../customers/team-scoring";
import type { Db } from "../db/client";
import { guardReason, isUniqueViolation } from "../db/guards";
import { newId } from "../db/ids";
import { letOthersRun } from "../http/let-others-run";
import { conflict, invalid, tooLarge } from "../http/problem";
import { type NewJob, newJobId, runningJob } from "../rescore/jobs";
import { needsBaseline } from "../rescore/run-job";
import { recoverDeadLoad, writeImport } from "./load-import";
import { planCustomers, rowKeys } from "./plan-customers";
import { planOrders } from "./plan-orders";
import { readCustomers, readOrders } from "./read-import";
import { readRows } from "./read-rows";
import { summarize } from "./summary";

export interface ImportTarget {
	d1: D1Database;
	db: Db;
	teamId: string;
	memberId: string;
	/** The team's default country: phones written without a country code are read in it. */
	defaultCountry: string | null;
	importId: string;
	origin: "new" | "staged";
	/** New customers per load batch (bounded work per batch); 0 writes them all in one batch. */
	chunkRows: number;
}

export interface ImportInput {
	parts: Array<{ firstRow: number; body: string }>;
	mapping?: ColumnMapping;
	dryRun: boolean;
	defaultCurrency?: string;
}

export interface ImportOutcome {
	status: 200 | 201;
	summary: ImportSummary;
	/** The re-score job the import started, to drive in the background. */
	jobId: string | null;
}

/** Concurrent writers (a capture merging one of the customers, another import) are retried this often. */
const ATTEMPTS = 4;

/**
 * Validates the whole file first (every row, every cell), plans it as a sequence of captures
 * against the team's records, and writes it in bounded batches that stay invisible until one short
 * batch publishes them (load-import.ts) — or, for a dry run or a file with problems, writes
 * nothing. A problem anywhere refuses the whole file (422, with row and column).
 */
export async function runImport(target: ImportTarget, input: ImportInput): Promise<ImportOutcome> {
	const table = await readParts(input.parts);
	const mapping = guessMapping(table.header, input.mapping);
	const headerProblems = checkMapping(mapping);
	if (table.records.length > IMPORT_LIMITS.rows) {
		throw tooLarge(`An import takes at most ${IMPORT_LIMITS.rows} rows; split the file`);
	}
	await recoverDeadLoad(target);
	for (let attempt = 1; ; attempt++) {
		try {
			return await attemptImport(target, input, table, mapping, headerProblems);
		} catch (error) {
			const raced =
				["stale", "jobs_moved"].includes(guardReason(error) ?? "") || isUniqueViolation(error, "identities");
			if (!raced) throw error;
			if (attempt >= ATTEMPTS)
				throw conflict("The customers of this file are being changed by others; retry shortly");
		}
	}
}

async function attemptImport(
	target: ImportTarget,
	input: ImportInput,
	table: { records: CsvRecord[]; problems: RowProblem[] },
	mapping: ResolvedMapping,
	headerProblems: RowProblem[],
): Promise<ImportOutcome> {
	const { db, teamId } = target;
	const [team, running] = await Promise.all([loadTeamScoring(db, teamId), runningJob(db, teamId)]);
	const read = await readRows(table.records, {
		mapping,
		fx: team.settings.fx,
		defaultCurrency: input.defaultCurrency,
		defaultCountry: target.defaultCountry,
	});
	const at = new Date().toISOString();
	const reads = await readCustomers(db, teamId, read.rows.flatMap(rowKeys));
	const customers = await planCustomers(read.rows, reads, { teamId, memberId: target.memberId }, at, newId);
	const existing = [...customers.customers.values()].flatMap((p) => (p.before ? [p.before] : []));
	const references = read.rows.flatMap((r) => (r.order?.reference ? [r.order.reference] : []));
	const orders = await planOrders(
		read.rows,
		customers,
		await readOrders(db, teamId, references, existing),
		newId,
	);
	const problems = [...headerProblems, ...table.problems, ...read.problems, ...orders.problems].sort(
		(a, b) => a.row - b.row,
	);
	const touched = [...customers.customers.values()].filter((p) => p.changed).length;
	const job =
		problems.length > 0 || input.dryRun || touched === 0
			? null
			: newJob(target, team.settings, running, touched, at);
	const state = input.dryRun ? "dry_run" : problems.length > 0 ? "rejected" : "committed";
	const summary = summarize({
		importId: target.importId,
		records: table.records.length,
		state,
		mapping,
		read,
		customers,
		orders,
		problems,
		job,
		settingsVersion: team.version,
	});
	if (state === "rejected") {
		throw invalid(
			summary.problems.map((p) => ({
				path: `rows.${p.row}${p.column ? `.${p.column}` : ""}`,
				message: p.message,
			})),
			`${problems.length} row problem(s); nothing was imported. Fix them (a dry run lists them all) and import again`,
		);
	}
	if (state === "dry_run") return { status: 200, summary, jobId: null };
	await writeImport(target, {
		...target,
		customers,
		orders,
		summary,
		rows: table.records.length,
		job,
		seen: { runningJobId: running?.id ?? null, settingsVersion: team.version },
		at,
	});
	return { status: 201, summary, jobId: job?.id ?? null };
}

/** In percentile mode (or when a job is already running) the whole team is re-scored, else the touched customers. */
function newJob(
	target: ImportTarget,
	settings: Parameters<typeof needsBaseline>[0],
	running: { id: string } | undefined,
	touched: number,
	at: string,
): NewJob {
	const team = needsBaseline(settings) || running !== undefined;
	return {
		id: newJobId(),
		teamId: target.teamId,
		scope: team ? "team" : "import",
		importId: target.importId,
		phase: needsBaseline(settings) ? "baseline" : "score",
		relabel: false,
		total: team ? null : touched,
		at,
	};
}

/** All parts as one table: every part repeats the header of the first. Other requests run between parts. */
async function readParts(parts: ImportInput["parts"]): Promise<{
	header: string[];
	records: CsvRecord[];
	problems: RowProblem[];
}> {
	const tables = [];
	for (const part of parts) {
		tables.push(parseCsv(part.body, part.firstRow));
		await letOthersRun();
	}
	const header = tables[0]?.header ?? [];
	const problems = tables.flatMap((t) => t.problems);
	tables.forEach((t, i) => {
		if (i > 0 && t.header.join("\u0000") !== header.join("\u0000")) {
			problems.push({
				row: parts[i]?.firstRow ?? 0,
				column: null,
				field: null,
				message: `Part ${i + 1} has another header than the first part`,
			});
		}
	});
	return { header, records: tables.flatMap((t) => t.records), problems };
}

function checkMapping(mapping: ResolvedMapping): RowProblem[] {
	const problems: RowProblem[] = mapping.unknownColumns.map((header) => ({
		row: 1,
		column: header,
		field: null,
		message: `The mapping names a column "${header}" that the file does not have`,
	}));
	if (!KEY_FIELDS.some((f) => mapping.index[f] !== undefined)) {
		problems.push({
			row: 1,
			column: null,
			field: null,
			message: `No column identifies the customer: map one to ${KEY_FIELDS.join(", ")} (fields: ${IMPORT_FIELDS.join(", ")})`,
		});
	}
	return problems;
}
