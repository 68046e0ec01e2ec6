/**
 * The value model against what followed, on the real 2009–10 invoices (Online Retail II, a UK giftware
 * wholesaler): scored as of 2010-06-09 and checked against the next 6 months (the split the defaults
 * were fitted on), and as of 2010-09-09 against the next 3 months (kept out of the fitting). Each
 * figure twice: `before`, the engine and defaults of model 3 (the tree at MODEL_3_COMMIT, extracted
 * with git and run with today's backtest), and `after`, the engine in this tree.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readLedger } from "../../scripts/backtest/read-ledger";
import type { BacktestCustomer, BacktestReport } from "../../shared/scoring/backtest";
import { defaultScoringSettings } from "../../shared/scoring/settings";
import type { Figure } from "./figure";

const ROOT = path.join(import.meta.dirname, "../..");
const DATA = path.join(ROOT, "../shared/data/online-retail-ii-2009-2010/orders.csv");
const DATA_FALLBACK = "/work/shared/data/online-retail-ii-2009-2010/orders.csv";
/** The last tree with MODEL_VERSION 3 (default weights 30/30/40, churn by k × the median interval). */
const MODEL_3_COMMIT = "a82f77d78d94e53f48cdbdb9831023de5a71b45e";
const SPLITS = [
	{ name: "fit", asOf: "2010-06-09", months: 6 },
	{ name: "holdout", asOf: "2010-09-09", months: 3 },
] as const;

type Engine = (customers: BacktestCustomer[], asOf: string, months: number) => BacktestReport;

export async function run(): Promise<Figure[]> {
	const { customers } = await readLedger(existsSync(DATA) ? DATA : DATA_FALLBACK);
	const engines: Array<[string, Engine | null]> = [
		["before", await model3Engine()],
		["after", await currentEngine()],
	];
	const figures: Figure[] = [];
	for (const split of SPLITS) {
		for (const [when, engine] of engines) {
			if (!engine) continue;
			figures.push(
				...goalFigures(`backtest.${split.name}.${when}`, engine(customers, split.asOf, split.months)),
			);
		}
	}
	return figures;
}

/** The goals of the value model (issue 14) as figures. */
function goalFigures(prefix: string, r: BacktestReport): Figure[] {
	const pct = (x: number) => Math.round(x * 1000) / 10;
	const [platinum, gold] = r.tiers;
	const byGroup = (g: string) => r.comparisons.find((c) => c.group === g);
	const high = byGroup("platinumGold");
	const top = byGroup("platinum");
	return [
		{ name: `${prefix}.platinum_gold.next_revenue`, value: pct(high?.modelShare ?? 0), unit: "%" },
		{ name: `${prefix}.top20pct_by_revenue.next_revenue`, value: pct(high?.rankingShare ?? 0), unit: "%" },
		{ name: `${prefix}.platinum_gold.lift`, value: high?.liftPoints ?? 0, unit: "points" },
		{ name: `${prefix}.platinum.next_revenue`, value: pct(top?.modelShare ?? 0), unit: "%" },
		{ name: `${prefix}.top5pct_by_revenue.next_revenue`, value: pct(top?.rankingShare ?? 0), unit: "%" },
		{ name: `${prefix}.platinum.lift`, value: top?.liftPoints ?? 0, unit: "points" },
		{ name: `${prefix}.churn.flagged.reorder_rate`, value: pct(r.churn.flagged.rate ?? 0), unit: "%" },
		{ name: `${prefix}.churn.unflagged.reorder_rate`, value: pct(r.churn.unflagged.rate ?? 0), unit: "%" },
		{ name: `${prefix}.churn.ratio`, value: r.churn.ratio ?? Number.NaN, unit: "×" },
		{ name: `${prefix}.platinum.customers`, value: pct(platinum?.customerShare ?? 0), unit: "%" },
		{ name: `${prefix}.gold.customers`, value: pct(gold?.customerShare ?? 0), unit: "%" },
		{
			name: `${prefix}.platinum_gold.revenue_12m`,
			value: pct((platinum?.revenue12mShare ?? 0) + (gold?.revenue12mShare ?? 0)),
			unit: "%",
		},
	];
}

async function currentEngine(): Promise<Engine> {
	const { backtest } = await import("../../shared/scoring/backtest");
	return (customers, asOf, months) => backtest(customers, defaultScoringSettings, asOf, months);
}

/**
 * Model 3's shared/ from git, with this tree's backtest files beside it, in node_modules/.cache (so
 * zod resolves); null, with a note, where git or that commit is not available.
 */
async function model3Engine(): Promise<Engine | null> {
	const dir = path.join(ROOT, "node_modules/.cache/tierline-model-3");
	try {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		const tar = execFileSync("git", ["-C", ROOT, "archive", MODEL_3_COMMIT, "shared"], {
			maxBuffer: 64 * 1024 * 1024,
		});
		execFileSync("tar", ["-x", "-C", dir], { input: tar });
	} catch (error) {
		process.stderr.write(
			`  no "before" figures: model 3 is not available from git (${(error as Error).message})\n`,
		);
		return null;
	}
	for (const file of ["backtest.ts", "backtest-tally.ts", "backtest-window.ts"]) {
		cpSync(path.join(ROOT, "shared/scoring", file), path.join(dir, "shared/scoring", file));
	}
	const scoring = path.join(dir, "shared/scoring");
	const { backtest } = (await import(
		pathToFileURL(path.join(scoring, "backtest.ts")).href
	)) as typeof import("../../shared/scoring/backtest");
	const { defaultScoringSettings: model3Defaults } = (await import(
		pathToFileURL(path.join(scoring, "settings.ts")).href
	)) as typeof import("../../shared/scoring/settings");
	return (customers, asOf, months) => backtest(customers, model3Defaults, asOf, months);
}
