/**
 * Importing the real Online Retail II invoices (23,587 rows, ~4,380 customers, GBP) through the API
 * the way `npm run import` does it — streamed in parts, committed as one — then the re-score, and
 * the tiers the import leads to, as of the ledger's last day, beside the 80/20 shape.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { followJob, type TierSummary, tierSummary } from "../../scripts/import/report";
import { uploadAndCommit } from "../../scripts/import/upload";
import { startApi } from "../support/api-server";
import { createTeam } from "../support/team";
import type { Figure } from "./figure";

const DATA = [
	path.join(import.meta.dirname, "../../../shared/data/online-retail-ii-2009-2010/orders.csv"),
	"/work/shared/data/online-retail-ii-2009-2010/orders.csv",
];
const LAST_DAY = "2010-12-09";

export async function run(): Promise<Figure[]> {
	const file = DATA.find((f) => existsSync(f));
	if (!file) throw new Error(`The Online Retail II orders.csv is not at ${DATA.join(" or ")}`);
	const api = await startApi({ vars: { RATE_LIMIT_PER_MINUTE: "0" } });
	try {
		const team = await createTeam(api, "Import Bench Ltd");
		const conn = { apiUrl: api.url, token: team.token };
		const started = performance.now();
		const summary = await uploadAndCommit(conn, { file, mapping: {}, dryRun: false });
		const imported = performance.now();
		if (summary.job) await followJob(conn, summary.job.id);
		const scored = performance.now();
		const again = performance.now();
		const repeat = await uploadAndCommit(conn, { file, mapping: {}, dryRun: false });
		const repeated = performance.now();
		if (repeat.orders.added !== 0)
			throw new Error(`Importing the file again added ${repeat.orders.added} orders`);
		const seconds = (a: number, b: number) => (b - a) / 1000;
		return [
			{ name: "import.real.rows", value: summary.rows, unit: "rows" },
			{ name: "import.real.customers", value: summary.customers.created, unit: "customers" },
			{ name: "import.real.upload_commit", value: seconds(started, imported), unit: "s" },
			{
				name: "import.real.rate",
				value: Math.round(summary.rows / seconds(started, imported)),
				unit: "rows/s",
			},
			{ name: "import.real.rescore", value: seconds(imported, scored), unit: "s" },
			{
				name: "import.real.rate_with_rescore",
				value: Math.round(summary.rows / seconds(started, scored)),
				unit: "rows/s",
			},
			{
				name: "import.real.repeat_rate",
				value: Math.round(repeat.rows / seconds(again, repeated)),
				unit: "rows/s",
			},
			...tierFigures(await tierSummary(conn, LAST_DAY)),
		];
	} finally {
		await api.dispose();
	}
}

/** Share of customers and of trailing-12-month revenue per tier, as of the ledger's last day. */
function tierFigures(summary: TierSummary): Figure[] {
	const figures: Figure[] = [];
	let topCustomers = 0;
	let topRevenue = 0;
	for (const t of summary.tiers) {
		figures.push({
			name: `import.real.tiers_${LAST_DAY}.${t.tier}.customers`,
			value: t.customerShare * 100,
			unit: "%",
		});
		figures.push({
			name: `import.real.tiers_${LAST_DAY}.${t.tier}.revenue`,
			value: t.revenueShare * 100,
			unit: "%",
		});
		if (t.tier === "platinum" || t.tier === "gold") {
			topCustomers += t.customerShare;
			topRevenue += t.revenueShare;
		}
	}
	figures.push({
		name: `import.real.tiers_${LAST_DAY}.platinum_gold.customers`,
		value: topCustomers * 100,
		unit: "%",
	});
	figures.push({
		name: `import.real.tiers_${LAST_DAY}.platinum_gold.revenue`,
		value: topRevenue * 100,
		unit: "%",
	});
	return figures;
}
