import { z } from "zod";
import { type ColumnMapping, columnMappingSchema, type IGNORE, type ImportField } from "./fields";

/** Largest CSV accepted in one request body (the API's body limit is 1 MB; JSON escaping adds some). */
export const IMPORT_LIMITS = {
	/** Rows of one import (all its parts): it is written in one D1 transaction. */
	rows: 200_000,
	/** Parts of one staged import. */
	parts: 400,
	/** Bytes of one part's CSV text; keep parts below this so the JSON body stays under 1 MB. */
	partBytes: 900_000,
	/** Problems and warnings listed in full (the counts are always exact). */
	listed: 500,
} as const;

const currency = z
	.string()
	.regex(/^[A-Za-z]{3}$/, "an ISO 4217 currency code, e.g. USD")
	.transform((s) => s.toUpperCase());

const options = {
	/** Column header → field; columns not named here are guessed from their header. */
	mapping: columnMappingSchema.optional(),
	/** Validate and report without writing anything. */
	dryRun: z.boolean().default(false),
	/** Currency of order lines when the file has no currency column (or leaves it empty). */
	defaultCurrency: currency.optional(),
};

/** POST /v1/imports as JSON (the body may also be the CSV itself, Content-Type text/csv). */
export const importRequestSchema = z.strictObject({
	csv: z.string().min(1, "the CSV is empty"),
	...options,
});
export type ImportRequest = z.input<typeof importRequestSchema>;

/** PUT /v1/imports/:id/parts/:index as JSON: one part of a larger file, with its header line. */
export const importPartSchema = z.strictObject({
	csv: z.string().min(1, "the part is empty"),
	/** The file row of the part's first record (the header is row 1, the first record row 2). */
	firstRow: z.number().int().min(2).max(100_000_000),
});
export type ImportPart = z.input<typeof importPartSchema>;

/** POST /v1/imports/:id/commit: everything staged, as one file. */
export const importCommitSchema = z.strictObject(options);
export type ImportCommit = z.input<typeof importCommitSchema>;

export interface RowProblem {
	/** File row: the header is row 1, the first record row 2 (as a spreadsheet numbers them). */
	row: number;
	/** The column header, when one column is at fault. */
	column: string | null;
	field: ImportField | null;
	message: string;
}

export interface ImportJob {
	id: string;
	state: string;
	total: number;
	done: number;
	settingsVersion: number;
}

export interface ImportSummary {
	importId: string | null;
	/** "dry_run": checked, nothing written; "committed": written; "rejected": problems, nothing written. */
	state: "dry_run" | "committed" | "rejected";
	rows: number;
	customerRows: number;
	orderRows: number;
	customers: { created: number; matched: number };
	contacts: { added: number; updated: number };
	identities: { added: number };
	/** duplicates: lines already imported (same reference, or same customer, date, amount and currency) or repeated in the file. */
	orders: { added: number; duplicates: number };
	mapping: Array<{ header: string; field: ImportField | typeof IGNORE }>;
	notes: string[];
	problems: RowProblem[];
	problemCount: number;
	warnings: RowProblem[];
	warningCount: number;
	/** The re-score of the customers the import touched (null for a dry run). */
	job: ImportJob | null;
}

export interface StagedImport {
	id: string;
	state: "staging" | "loading" | "committed";
	parts: number;
	rows: number;
	createdAt: string;
	expiresAt: string | null;
	summary: ImportSummary | null;
}

export type { ColumnMapping };
