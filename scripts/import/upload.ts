import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import type { ColumnMapping } from "../../shared/import/fields";
import { splitParts } from "../../shared/import/split-parts";
import { IMPORT_LIMITS, type ImportSummary, type StagedImport } from "../../shared/import/wire";
import { ApiError, apiClient } from "../lib/api-client";
import { REPO_ROOT } from "../lib/wrangler";
import { readRecords } from "./read-records";

export interface Connection {
	apiUrl: string;
	token: string;
}

/** --api and --token, else what `npm start` saved in .tierline/dev-credentials.json. */
export async function connection(api: string | undefined, token: string | undefined): Promise<Connection> {
	if (api && token) return { apiUrl: api, token };
	const file = path.resolve(REPO_ROOT, process.env.TIERLINE_CREDENTIALS ?? ".tierline/dev-credentials.json");
	let saved: Partial<Connection> = {};
	try {
		saved = JSON.parse(await readFile(file, "utf8")) as Partial<Connection>;
	} catch {
		if (!api || !token) {
			throw new Error(
				`No credentials: run \`npm start\` (it writes ${path.relative(process.cwd(), file)}) or pass --api and --token`,
			);
		}
	}
	const apiUrl = api ?? saved.apiUrl;
	const key = token ?? saved.token;
	if (!apiUrl || !key) throw new Error(`${file} has no apiUrl or token; pass --api and --token`);
	return { apiUrl: apiUrl.replace(/\/+$/, ""), token: key };
}

export interface UploadOptions {
	file: string;
	mapping: ColumnMapping;
	dryRun: boolean;
	defaultCurrency?: string;
	/** Sees every record (the header first) as it streams past, e.g. to find the last order date. */
	onRecord?: (values: string[]) => void;
}

/**
 * Streams the file up in parts below the API's body limit (staged, nothing applied yet), then
 * commits them as one import: all of it or nothing. A progress bar on stderr follows the bytes.
 */
export async function uploadAndCommit(conn: Connection, options: UploadOptions): Promise<ImportSummary> {
	const client = apiClient(conn.apiUrl, conn.token);
	const staged = await client.request<StagedImport>("POST", "/v1/imports/staged");
	const total = (await stat(options.file)).size;
	const bar = new cliProgress.SingleBar(
		{
			format: "Uploading |{bar}| {percentage}% | {value}/{total} kB | part {part}",
			stream: process.stderr,
			hideCursor: true,
		},
		cliProgress.Presets.shades_classic,
	);
	bar.start(Math.max(1, Math.ceil(total / 1024)), 0, { part: 0 });
	let sent = 0;
	try {
		for await (const part of splitParts(
			tap(readRecords(options.file), options.onRecord),
			IMPORT_LIMITS.partBytes,
		)) {
			await putPart(conn, staged.id, part.index, part.firstRow, part.text);
			sent += part.bytes;
			bar.update(Math.min(Math.ceil(sent / 1024), bar.getTotal()), { part: part.index + 1 });
		}
		bar.update(bar.getTotal());
	} finally {
		bar.stop();
	}
	process.stderr.write(options.dryRun ? "Checking the file (dry run)…\n" : "Committing the import…\n");
	return client.request<ImportSummary>("POST", `/v1/imports/${staged.id}/commit`, {
		dryRun: options.dryRun,
		...(Object.keys(options.mapping).length > 0 ? { mapping: options.mapping } : {}),
		...(options.defaultCurrency ? { defaultCurrency: options.defaultCurrency } : {}),
	});
}

async function putPart(
	conn: Connection,
	id: string,
	index: number,
	firstRow: number,
	text: string,
): Promise<void> {
	const pathname = `/v1/imports/${id}/parts/${index}?firstRow=${firstRow}`;
	for (let attempt = 1; ; attempt++) {
		const response = await fetch(`${conn.apiUrl}${pathname}`, {
			method: "PUT",
			headers: { authorization: `Bearer ${conn.token}`, "content-type": "text/csv; charset=utf-8" },
			body: text,
		});
		if (response.ok) return;
		const body = await response.text();
		// A part is stored idempotently (same index, same text), so a retry after a hiccup is safe.
		if ((response.status === 429 || response.status >= 500) && attempt < 4) {
			await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
			continue;
		}
		throw new ApiError(response.status, "PUT", pathname, parseJson(body), body);
	}
}

async function* tap(
	records: AsyncIterable<string[]>,
	see?: (values: string[]) => void,
): AsyncGenerator<string[]> {
	for await (const values of records) {
		see?.(values);
		yield values;
	}
}

function parseJson(text: string) {
	try {
		return JSON.parse(text) as Record<string, string>;
	} catch {
		return undefined;
	}
}
