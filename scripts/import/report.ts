import cliProgress from "cli-progress";
import type { ImportSummary, RowProblem } from "../../shared/import/wire";
import type { TierSummary } from "../../shared/scoring/tier-summary";
import { apiClient } from "../lib/api-client";
import type { Connection } from "./upload";

export type { TierSummary };

interface JobView {
	id: string;
	state: string;
	phase: string;
	total: number;
	done: number;
	error: string | null;
}

const LISTED = 20;

/** What the import did (or would do), for people. */
export function formatSummary(s: ImportSummary): string {
	const lines = [
		s.state === "dry_run" ? "Dry run: nothing was written." : `Imported (import ${s.importId}).`,
		`  rows        ${s.rows} (${s.customerRows} customer rows, ${s.orderRows} order lines)`,
		`  customers   ${s.customers.created} new, ${s.customers.matched} matched to existing records`,
		`  contacts    ${s.contacts.added} added, ${s.contacts.updated} updated; identities ${s.identities.added} added`,
		`  orders      ${s.orders.added} added, ${s.orders.duplicates} skipped as duplicates`,
		`  mapping     ${s.mapping.map((m) => `${m.header} → ${m.field}`).join(", ")}`,
		...s.notes.map((n) => `  note        ${n}`),
	];
	if (s.problemCount > 0)
		lines.push(
			`${s.problemCount} problem(s) — the file would not be imported:`,
			...listed(s.problems, s.problemCount),
		);
	if (s.warningCount > 0) lines.push(`${s.warningCount} warning(s):`, ...listed(s.warnings, s.warningCount));
	return lines.join("\n");
}

function listed(items: RowProblem[], count: number): string[] {
	const shown = items
		.slice(0, LISTED)
		.map((p) => `  row ${p.row}${p.column ? `, ${p.column}` : ""}: ${p.message}`);
	return count > shown.length ? [...shown, `  … and ${count - shown.length} more`] : shown;
}

/** Follows the re-score job with a progress bar until it finishes. */
export async function followJob(conn: Connection, jobId: string): Promise<JobView> {
	const client = apiClient(conn.apiUrl, conn.token);
	const bar = new cliProgress.SingleBar(
		{
			format: "Scoring   |{bar}| {value}/{total} customers ({phase})",
			stream: process.stderr,
			hideCursor: true,
		},
		cliProgress.Presets.shades_classic,
	);
	let job = await client.request<JobView>("GET", `/v1/team/scoring/jobs/${jobId}`);
	bar.start(Math.max(job.total, 1), job.done, { phase: job.phase });
	try {
		while (job.state === "running") {
			await new Promise((resolve) => setTimeout(resolve, 500));
			// Each poll also drives the job forward when no runner is at it (see worker/rescore/drive.ts).
			job = await retrying(() => client.request<JobView>("GET", `/v1/team/scoring/jobs/${jobId}`));
			bar.setTotal(Math.max(job.total, 1));
			bar.update(job.done, { phase: job.phase });
		}
	} finally {
		bar.stop();
	}
	return job;
}

/** A progress poll that fails (a busy local API, a dropped connection) is tried again a few times. */
async function retrying<T>(call: () => Promise<T>, attempts = 5): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await call();
		} catch (error) {
			if (attempt >= attempts) throw error;
			await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
		}
	}
}

export function tierSummary(conn: Connection, asOf?: string): Promise<TierSummary> {
	const query = asOf ? `?asOf=${asOf}` : "";
	return apiClient(conn.apiUrl, conn.token).request<TierSummary>("GET", `/v1/team/scoring/summary${query}`);
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
const usd = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;

/** Share of customers and of trailing-12-month revenue per tier, beside the 80/20 shape. */
export function formatTiers(summary: TierSummary, title: string): string {
	const top = summary.tiers.filter((t) => t.tier === "platinum" || t.tier === "gold");
	const topCustomers = top.reduce((sum, t) => sum + t.customerShare, 0);
	const topRevenue = top.reduce((sum, t) => sum + t.revenueShare, 0);
	return [
		`${title}: ${summary.customers} customers, ${usd(summary.revenue12mUsd)} trailing-12-month revenue (USD)`,
		...summary.tiers.map(
			(t) =>
				`  ${t.label.padEnd(9)} ${String(t.customers).padStart(6)} customers ${pct(t.customerShare)}   revenue ${usd(t.revenue12mUsd).padStart(13)} ${pct(t.revenueShare)}`,
		),
		`  Platinum + Gold: ${pct(topCustomers).trim()} of customers bring ${pct(topRevenue).trim()} of revenue` +
			" (the 80/20 shape: about 20% of customers — 5% Platinum, 15% Gold — bring about 80%)",
	].join("\n");
}
