/**
 * `npm run bench [-- [--json] [name…]]`: runs every tests/bench/<name>.bench.ts (or only the named
 * ones) and prints each figure as `name  value unit`, or with --json one {"name","value","unit"} per
 * line. Progress goes to stderr, so stdout holds only figures.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Figure } from "../tests/bench/figure";
import { formatFigure } from "./lib/figure-format";
import { REPO_ROOT } from "./lib/wrangler";

const BENCH_DIR = path.join(REPO_ROOT, "tests/bench");
const SUFFIX = ".bench.ts";

interface BenchModule {
	run(): Promise<Figure[]>;
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const json = args.includes("--json");
	const wanted = args.filter((arg) => !arg.startsWith("--"));
	const available = readdirSync(BENCH_DIR)
		.filter((file) => file.endsWith(SUFFIX))
		.map((file) => file.slice(0, -SUFFIX.length))
		.sort();
	const unknown = wanted.filter((name) => !available.includes(name));
	if (unknown.length > 0) {
		console.error(`No benchmark named ${unknown.join(", ")}. Available: ${available.join(", ")}`);
		process.exit(2);
	}
	let failed = false;
	for (const name of wanted.length > 0 ? wanted : available) {
		console.error(`▸ bench ${name}`);
		try {
			const module = (await import(
				pathToFileURL(path.join(BENCH_DIR, `${name}${SUFFIX}`)).href
			)) as BenchModule;
			for (const figure of await module.run()) console.log(formatFigure(figure, json));
		} catch (error) {
			failed = true;
			console.error(`✖ bench ${name} failed: ${(error as Error).stack ?? error}`);
		}
	}
	process.exit(failed ? 1 : 0);
}

void main();
