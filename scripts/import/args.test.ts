import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./args";

describe("parseArgs", () => {
	it("reads the file and the defaults", () => {
		expect(parseArgs(["orders.csv"])).toEqual({
			file: "orders.csv",
			dryRun: false,
			mapping: {},
			asOf: "auto",
			wait: true,
			help: false,
		});
	});

	it("reads every option, with spaces or =", () => {
		const args = parseArgs([
			"--dry-run",
			"data.csv",
			"--api",
			"https://api.example.com/",
			"--token=tok_1",
			"--map",
			"Kunden Nr=account",
			"--map=Betrag=amount",
			"--map",
			"a=b=reference",
			"--default-currency",
			"eur",
			"--as-of=2010-12-09",
			"--no-wait",
		]);
		expect(args).toEqual({
			file: "data.csv",
			dryRun: true,
			api: "https://api.example.com",
			token: "tok_1",
			mapping: { "Kunden Nr": "account", Betrag: "amount", "a=b": "reference" },
			defaultCurrency: "EUR",
			asOf: "2010-12-09",
			wait: false,
			help: false,
		});
	});

	it("explains what is wrong", () => {
		const cases: Array<[string[], RegExp]> = [
			[[], /Name the CSV file/],
			[["a.csv", "b.csv"], /one file at a time/],
			[["a.csv", "--map", "col=price"], /column=field with a known field/],
			[["a.csv", "--map", "=amount"], /column=field/],
			[["a.csv", "--api"], /--api needs a value/],
			[["a.csv", "--token", "--dry-run"], /--token needs a value/],
			[["a.csv", "--default-currency", "euro"], /USD/],
			[["a.csv", "--as-of", "9/12/2010"], /YYYY-MM-DD/],
			[["a.csv", "--verbose"], /Unknown option --verbose/],
		];
		for (const [argv, message] of cases) {
			expect(() => parseArgs(argv)).toThrow(UsageError);
			expect(() => parseArgs(argv)).toThrow(message);
		}
		expect(parseArgs(["--help"]).help).toBe(true);
	});
});
