import type { ColumnMapping } from "../../../shared/import/fields";
import type { CsvPart } from "../../../shared/import/split-parts";
import type { ImportSummary } from "../../../shared/import/wire";
import type { RescoreJob } from "../../../shared/schema/scoring-answers";
import type { TeamClient } from "../../sync/team-client";
import { partsOf } from "./import-file";

export type ImportProgress =
	| { phase: "upload"; part: number; parts: number }
	| { phase: "check" }
	| { phase: "rescore"; done: number; total: number | null };

const POLL_MS = 1_000;

/**
 * One file's way through the API: a file below the body limit goes in one request (POST
 * /v1/imports, the dry run and the import each send it); a larger one is staged in parts once
 * (the upload's progress reported per part), then dry-run and committed by id. After the import,
 * the re-score job it started is followed until it ends.
 */
export function createImportRun(client: TeamClient, csv: string) {
	let parts: CsvPart[] | undefined;
	let stagedId: string | undefined;

	async function stage(onProgress: (p: ImportProgress) => void, all: CsvPart[]): Promise<string> {
		if (stagedId) return stagedId;
		const staged = await client.stageImport();
		for (const part of all) {
			onProgress({ phase: "upload", part: part.index, parts: all.length });
			await client.putImportPart(staged.id, part.index, part.firstRow, part.text);
		}
		onProgress({ phase: "upload", part: all.length, parts: all.length });
		stagedId = staged.id;
		return staged.id;
	}

	async function send(
		mapping: ColumnMapping,
		dryRun: boolean,
		onProgress: (p: ImportProgress) => void,
	): Promise<ImportSummary> {
		parts ??= await partsOf(csv);
		const [only] = parts;
		if (parts.length === 1 && only) {
			onProgress({ phase: "check" });
			return client.importCsv(only.text, { dryRun, map: mapPairs(mapping) });
		}
		const id = await stage(onProgress, parts);
		onProgress({ phase: "check" });
		return client.commitImport(id, { dryRun, mapping });
	}

	return {
		/** How many requests the file takes to upload (1: a single request). */
		async partCount(): Promise<number> {
			parts ??= await partsOf(csv);
			return parts.length;
		},
		dryRun: (mapping: ColumnMapping, onProgress: (p: ImportProgress) => void) =>
			send(mapping, true, onProgress),
		commit: (mapping: ColumnMapping, onProgress: (p: ImportProgress) => void) =>
			send(mapping, false, onProgress),
		/** Polls the re-score job until it is no longer running. */
		async followJob(jobId: string, onProgress: (p: ImportProgress) => void): Promise<RescoreJob> {
			for (;;) {
				const job = await client.scoringJob(jobId);
				onProgress({ phase: "rescore", done: job.done, total: job.total });
				if (job.state !== "running") return job;
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		},
	};
}

export type ImportRun = ReturnType<typeof createImportRun>;

/** A mapping as the `map=column=field` query pairs of POST /v1/imports. */
export function mapPairs(mapping: ColumnMapping): string[] {
	return Object.entries(mapping).map(([column, field]) => `${column}=${field}`);
}
