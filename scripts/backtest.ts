/**
 * `npm run backtest -- [file.csv | --api URL --token T] --as-of YYYY-MM-DD [--months N] [--json]`:
 * scores a team as it stood at the end of a day with the default settings (file) or the team's own
 * (API), then reports what each tier brought in the following months against ranking by past
 * revenue, and how often churn-flagged repeat buyers re-ordered. File mode reads order lines with the
 * columns `npm run import` takes; API mode asks GET /v1/team/backtest (a manager's or admin's token).
 */
import type { ColumnMapping } from "../shared/import/fields";
import { importFieldSchema } from "../shared/import/fields";
import { type BacktestReport, backtest } from "../shared/scoring/backtest";
import { defaultScoringSettings } from "../shared/scoring/settings";
import { formatBacktest } from "./backtest/format-report";
import { readLedger } from "./backtest/read-ledger";
import { connection } from "./import/upload";
import { ApiError, apiClient } from "./lib/api-client";

const USAGE = `Usage: npm run backtest -- [file.csv | --api <url> --token <token>] --as-of <YYYY-MM-DD> [options]

  file.csv                  order lines (customer, date, amount, currency, cancelled, country…);
                            columns are guessed as by npm run import; scored with the default settings
  --api <url> --token <t>   ask the API instead (a manager's or admin's token; without a file and
                            without these, the credentials npm start saved are used)
  --as-of <YYYY-MM-DD>      score the team as it stood at the end of this day (required)
  --months <N>              the months after it to check against (default 6)
  --map <column>=<field>    map a file column to a field (repeatable)
  --default-currency <CCY>  currency of order lines without one (file mode)
  --json                    print the report as JSON`;

interface Args {
	file?: string;
	api?: string;
	token?: string;
	asOf?: string;
	months: number;
	mapping: ColumnMapping;
	defaultCurrency?: string;
	json: boolean;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { months: 6, mapping: {}, json: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith("--")) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === "--api") args.api = value();
		else if (arg === "--token") args.token = value();
		else if (arg === "--as-of") args.asOf = value();
		else if (arg === "--months") args.months = Number(value());
		else if (arg === "--default-currency") args.defaultCurrency = value();
		else if (arg === "--json") args.json = true;
		else if (arg === "--map") {
			const [column, field] = value().split("=");
			args.mapping[column ?? ""] = importFieldSchema.parse(field);
		} else if (arg.startsWith("--")) throw new Error(`Unknown option ${arg}`);
		else if (args.file) throw new Error("Give one file");
		else args.file = arg;
	}
	if (!args.asOf || !/^\d{4}-\d{2}-\d{2}$/.test(args.asOf)) throw new Error("--as-of YYYY-MM-DD is required");
	if (!Number.isInteger(args.months) || args.months < 1) throw new Error("--months is a whole number ≥ 1");
	if (args.file && (args.api || args.token)) throw new Error("Give a file or --api, not both");
	return args;
}

async function report(args: Args): Promise<BacktestReport> {
	const asOf = args.asOf as string;
	if (args.file) {
		const ledger = await readLedger(args.file, args.mapping, args.defaultCurrency);
		process.stderr.write(
			`Read ${ledger.orders} order lines of ${ledger.customers.length} customers${
				ledger.skipped > 0 ? `; left out ${ledger.skipped} rows (${ledger.problems.join("; ")})` : ""
			}\n`,
		);
		return backtest(ledger.customers, defaultScoringSettings, asOf, args.months);
	}
	const conn = await connection(args.api, args.token);
	const query = new URLSearchParams({ asOf, months: String(args.months) });
	return apiClient(conn.apiUrl, conn.token).request<BacktestReport>("GET", `/v1/team/backtest?${query}`);
}

async function main(): Promise<number> {
	let args: Args;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	try {
		const result = await report(args);
		console.log(args.json ? JSON.stringify(result, null, 2) : formatBacktest(result));
		return 0;
	} catch (error) {
		if (!(error instanceof ApiError) && !(error instanceof RangeError)) throw error;
		console.error(error.message);
		return 1;
	}
}

process.exitCode = await main();
