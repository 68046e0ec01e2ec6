import { type ColumnMapping, importFieldSchema } from "../../shared/import/fields";

export interface ImportArgs {
	file: string;
	dryRun: boolean;
	api?: string;
	token?: string;
	mapping: ColumnMapping;
	defaultCurrency?: string;
	/** Also show the tiers as of this day (YYYY-MM-DD); "auto": as of the file's last order when it is old. */
	asOf: string;
	/** Wait for the re-score and print the tiers (default); --no-wait returns after the commit. */
	wait: boolean;
	help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run import -- <file.csv> [options]

Imports customers and/or order lines into Tierline, all or nothing.

Options:
  --dry-run                 check the file and report what would change; write nothing
  --api <url>               the API (default: apiUrl in .tierline/dev-credentials.json, from npm start)
  --token <token>           an admin's or manager's API token (default: from the same file)
  --map <column>=<field>    map a column (repeatable); fields: customer, account, email, domain,
                            website, company, contact, phone, country, buyerType, date, amount,
                            currency, reference, cancelled, or ignore. Other columns are guessed
                            from their headers (customer_id → account, invoice → reference, …)
  --default-currency <CCY>  currency of order lines without one
  --as-of <YYYY-MM-DD>      also show the tiers as they were on that day (default: the file's last
                            order date, when that is more than a year ago)
  --no-wait                 do not wait for the re-score and the tier report
  -h, --help                this text`;

/** Command-line arguments of `npm run import` (pure; the unit test covers every flag). */
export function parseArgs(argv: readonly string[]): ImportArgs {
	const args: ImportArgs = { file: "", dryRun: false, mapping: {}, asOf: "auto", wait: true, help: false };
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg, "=") : [arg, undefined];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || (inline === undefined && v.startsWith("--")))
				throw new UsageError(`${flag} needs a value`);
			return v;
		};
		switch (flag) {
			case "--dry-run":
				args.dryRun = true;
				break;
			case "--api":
				args.api = value().replace(/\/+$/, "");
				break;
			case "--token":
				args.token = value();
				break;
			case "--map":
				addMapping(args.mapping, value());
				break;
			case "--default-currency":
				args.defaultCurrency = currency(value());
				break;
			case "--as-of":
				args.asOf = day(value());
				break;
			case "--no-wait":
				args.wait = false;
				break;
			case "-h":
			case "--help":
				args.help = true;
				break;
			default:
				if (flag.startsWith("-")) throw new UsageError(`Unknown option ${flag}`);
				files.push(arg);
		}
	}
	if (args.help) return args;
	if (files.length !== 1)
		throw new UsageError(files.length === 0 ? "Name the CSV file to import" : "Import one file at a time");
	args.file = files[0] as string;
	return args;
}

function splitOnce(text: string, separator: string): [string, string] {
	const at = text.indexOf(separator);
	return [text.slice(0, at), text.slice(at + 1)];
}

function addMapping(mapping: ColumnMapping, pair: string): void {
	const at = pair.lastIndexOf("=");
	const column = pair.slice(0, at).trim();
	const field = importFieldSchema.safeParse(pair.slice(at + 1).trim());
	if (at <= 0 || column === "" || !field.success) {
		throw new UsageError(`--map takes column=field with a known field, not "${pair}"`);
	}
	mapping[column] = field.data;
}

function currency(value: string): string {
	if (!/^[A-Za-z]{3}$/.test(value))
		throw new UsageError(`--default-currency takes a code such as USD, not "${value}"`);
	return value.toUpperCase();
}

function day(value: string): string {
	if (value !== "auto" && !/^\d{4}-\d{2}-\d{2}$/.test(value))
		throw new UsageError(`--as-of takes YYYY-MM-DD, not "${value}"`);
	return value;
}
