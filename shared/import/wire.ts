import { z } from "zod";
import { type ColumnMapping, columnMappingSchema, IGNORE, IMPORT_FIELDS } from "./fields";

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

/** One problem (or warning) of a file, as the API reports it and the team page lists it. */
export const rowProblemSchema = z.object({
	/** File row: the header is row 1, the first record row 2 (as a spreadsheet numbers them). */
	row: z.number(),
	/** The column header, when one column is at fault. */
	column: z.string().nullable(),
	field: z.enum(IMPORT_FIELDS).nullable(),
	message: z.string(),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const importJobSchema = z.object({
	id: z.string(),
	state: z.string(),
	total: z.number(),
	done: z.number(),
	settingsVersion: z.number(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importSummarySchema = z.object({
	importId: z.string().nullable(),
	/** "dry_run": checked, nothing written; "committed": written; "rejected": problems, nothing written. */
	state: z.enum(["dry_run", "committed", "rejected"]),
	rows: z.number(),
	customerRows: z.number(),
	orderRows: z.number(),
	customers: z.object({ created: z.number(), matched: z.number() }),
	contacts: z.object({ added: z.number(), updated: z.number() }),
	identities: z.object({ added: z.number() }),
	/** duplicates: lines already imported (same reference, or same customer, date, amount and currency) or repeated in the file. */
	orders: z.object({ added: z.number(), duplicates: z.number() }),
	mapping: z.array(z.object({ header: z.string(), field: z.enum([...IMPORT_FIELDS, IGNORE]) })),
	notes: z.array(z.string()),
	problems: z.array(rowProblemSchema),
	problemCount: z.number(),
	warnings: z.array(rowProblemSchema),
	warningCount: z.number(),
	/** The re-score of the customers the import touched (null for a dry run). */
	job: importJobSchema.nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const stagedImportSchema = z.object({
	id: z.string(),
	state: z.enum(["staging", "loading", "committed"]),
	parts: z.number(),
	rows: z.number(),
	createdAt: z.string(),
	expiresAt: z.string().nullable(),
	summary: importSummarySchema.nullable(),
});
export type StagedImport = z.infer<typeof stagedImportSchema>;

export type { ColumnMapping };
