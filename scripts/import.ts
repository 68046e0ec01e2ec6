/**
 * `npm run import -- file.csv [--dry-run] [--api URL --token T] [--map column=field …]`: streams a
 * CSV of customers and/or order lines to POST /v1/imports in parts, commits it as one import (all or
 * nothing), follows the re-score and prints the team's tiers: share of customers and of revenue.
 */
import { guessMapping } from "../shared/import/guess-mapping";
import { parseDate } from "../shared/import/values";
import type { ImportSummary } from "../shared/import/wire";
import { type ImportArgs, parseArgs, USAGE, UsageError } from "./import/args";
import { followJob, formatSummary, formatTiers, tierSummary } from "./import/report";
import { type Connection, connection, uploadAndCommit } from "./import/upload";
import { ApiError } from "./lib/api-client";

const YEAR_MS = 365 * 86_400_000;

async function main(): Promise<number> {
	let args: ImportArgs;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`${error.message}\n\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		console.log(USAGE);
		return 0;
	}
	const conn = await connection(args.api, args.token);
	const lastOrder = lastOrderTracker(args);
	let summary: ImportSummary;
	try {
		summary = await uploadAndCommit(conn, { ...args, onRecord: lastOrder.see });
	} catch (error) {
		if (!(error instanceof ApiError)) throw error;
		console.error(describeFailure(error));
		return 1;
	}
	console.log(formatSummary(summary));
	if (summary.state !== "committed") return summary.problemCount > 0 ? 1 : 0;
	if (!args.wait) return 0;
	if (summary.job) {
		const job = await followJob(conn, summary.job.id);
		if (job.state !== "done")
			console.error(`The re-score ended ${job.state}${job.error ? `: ${job.error}` : ""}`);
	}
	await printTiers(conn, args.asOf === "auto" ? lastOrder.asOfWhenOld() : args.asOf);
	return 0;
}

async function printTiers(conn: Connection, asOf: string | undefined): Promise<void> {
	console.log(`\n${formatTiers(await tierSummary(conn), "Tiers now")}`);
	if (asOf) {
		process.stderr.write(`Scoring the team as of ${asOf}…\n`);
		const then = await tierSummary(conn, asOf);
		console.log(`\n${formatTiers(then, `Tiers as of ${asOf}`)}`);
	}
}

/**
 * The file's last order date, to show an old ledger's tiers as they were: scored today, a 2010
 * order book has no revenue in the trailing twelve months and every customer reads as lapsed.
 */
function lastOrderTracker(args: ImportArgs) {
	let dateColumn: number | undefined;
	let header = true;
	let last = "";
	return {
		see(values: string[]) {
			if (header) {
				header = false;
				dateColumn = guessMapping(values, args.mapping).index.date;
				return;
			}
			const cell = dateColumn === undefined ? undefined : values[dateColumn];
			const parsed = cell ? parseDate(cell) : undefined;
			if (parsed?.ok && parsed.value.slice(0, 10) > last) last = parsed.value.slice(0, 10);
		},
		asOfWhenOld(): string | undefined {
			if (last === "") return undefined;
			return Date.now() - Date.parse(`${last}T00:00:00Z`) > YEAR_MS ? last : undefined;
		},
	};
}

function describeFailure(error: ApiError): string {
	const errors = (error.problem?.errors ?? []) as Array<{ path: string; message: string }>;
	const lines = [error.problem?.detail ?? error.message];
	for (const e of errors.slice(0, 30))
		lines.push(`  ${e.path.replace(/^rows\.(\d+)\.?/, "row $1 ")}: ${e.message}`);
	if (errors.length > 30)
		lines.push(`  … and ${errors.length - 30} more (run with --dry-run to list them all)`);
	return lines.join("\n");
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
