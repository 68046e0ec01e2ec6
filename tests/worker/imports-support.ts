import { env } from "cloudflare:test";
import { expect } from "vitest";
import type { ImportSummary } from "../../shared/import/wire";
import { waitForJob } from "./rescore-seed";
import { send } from "./support";

export const SLOW = { timeout: 120_000 };

/** POST /v1/imports with the CSV as the body (text/csv); `query` is appended as is. */
export function importCsv(token: string, csv: string, query = ""): Promise<Response> {
	return send(`/v1/imports${query}`, {
		method: "POST",
		token,
		raw: csv,
		headers: { "Content-Type": "text/csv" },
	});
}

/** Imports and waits for the re-score the import started; answers the summary. */
export async function importAndScore(token: string, csv: string, query = ""): Promise<ImportSummary> {
	const res = await importCsv(token, csv, query);
	const text = await res.text();
	expect(res.status, text).toBe(201);
	const summary = JSON.parse(text) as ImportSummary;
	if (summary.job) expect((await waitForJob(token, summary.job.id)).state).toBe("done");
	return summary;
}

export async function rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
	const { results } = await env.DB.prepare(sql)
		.bind(...params)
		.all<T>();
	return results;
}

/** A CSV text from a header and rows (cells quoted when needed). */
export function csvOf(header: string[], body: Array<Array<string | number | boolean>>): string {
	const cell = (v: string | number | boolean) => {
		const s = String(v);
		return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	return [header, ...body].map((r) => r.map(cell).join(",")).join("\n");
}

export const ORDERS_HEADER = [
	"invoice",
	"customer_id",
	"country",
	"date",
	"amount",
	"currency",
	"lines",
	"cancelled",
];
