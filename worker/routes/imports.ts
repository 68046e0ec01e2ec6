import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { charsetOf, decodeText, TextDecodingError } from "../../shared/import/decode-text";
import { type ColumnMapping, importFieldSchema } from "../../shared/import/fields";
import { importCommitSchema, importPartSchema, importRequestSchema } from "../../shared/import/wire";
import { requireRole } from "../auth/authenticate";
import { timedD1 } from "../db/timed-d1";
import type { AppEnv } from "../env";
import { badRequest, invalid, invalidField, notFound, ProblemError } from "../http/problem";
import { parseStrict, refuseBadText } from "../http/strict-input";
import { fieldErrors, json, validate } from "../http/validate";
import { type ImportOutcome, type ImportTarget, runImport } from "../imports/run-import";
import { createStaged, findImport, loadParts, newImportId, putPart, stagedJson } from "../imports/staging";
import { advanceHere, START_BUDGET_MS } from "../rescore/drive";
import { jobView } from "../rescore/jobs";

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const csvQuery = z.object({
	dryRun: flag.optional(),
	defaultCurrency: z
		.string()
		.regex(/^[A-Za-z]{3}$/, "an ISO 4217 currency code")
		.optional(),
	/** column=field, repeatable: `?map=customer_id=account&map=invoice=reference`. */
	map: z.union([z.string(), z.array(z.string())]).optional(),
});
const idParam = z.object({ id: z.string().min(1).max(64) });
const partParam = idParam.extend({ index: z.coerce.number().int().min(0).max(10_000) });
const partQuery = z.object({ firstRow: z.coerce.number().int().min(2).optional() });

const isCsv = (c: Context<AppEnv>) => /^text\/(csv|plain)\b/i.test(c.req.header("Content-Type") ?? "");

/**
 * A CSV body as text: read as bytes and decoded in the charset the Content-Type names, else as its
 * BOM or its bytes say (UTF-8, UTF-16, GB18030/GBK, Windows-1252 — what spreadsheets write); a
 * charset not understood or bytes not in it are a 422, never replacement characters. Refused (422)
 * if it holds a NUL like any JSON body would be.
 */
async function csvText(c: Context<AppEnv>): Promise<string> {
	const bytes = await c.req.arrayBuffer();
	let text: string;
	try {
		text = decodeText(bytes, charsetOf(c.req.header("Content-Type"))).text;
	} catch (error) {
		if (!(error instanceof TextDecodingError)) throw error;
		throw invalidField("body", error.message);
	}
	refuseBadText(text);
	return text;
}

/** `column=field` pairs from the query string as a mapping. */
function mappingOf(map: string | string[] | undefined): ColumnMapping | undefined {
	if (map === undefined) return undefined;
	const mapping: ColumnMapping = {};
	for (const pair of Array.isArray(map) ? map : [map]) {
		const at = pair.lastIndexOf("=");
		const field = importFieldSchema.safeParse(pair.slice(at + 1).trim());
		if (at <= 0 || !field.success)
			throw invalidField("query.map", `"${pair}" is not column=field with a known field`);
		mapping[pair.slice(0, at).trim()] = field.data;
	}
	return mapping;
}

async function jsonBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
	let body: unknown;
	try {
		body = await c.req.json();
	} catch {
		throw badRequest("The body is not valid JSON");
	}
	const parsed = parseStrict(schema, body);
	if (!parsed.success) throw invalid(fieldErrors(parsed.error, "body"));
	return parsed.data;
}

/**
 * Rows written per load batch (customers with their contacts, identities, orders and audit
 * entries): 30–100 ms of D1 work locally, growing with the table, so another team waits at most
 * that long per round trip (`npm run bench -- import-isolation`).
 */
const IMPORT_CHUNK_ROWS = 1_000;

function importChunkRows(raw: string | undefined): number {
	const value = Number(raw ?? IMPORT_CHUNK_ROWS);
	return Number.isInteger(value) && value >= 0 ? value : IMPORT_CHUNK_ROWS;
}

function target(c: Context<AppEnv>, importId: string, origin: ImportTarget["origin"]): ImportTarget {
	const { db, auth, timer } = c.var;
	return {
		d1: timedD1(c.env.DB, timer),
		db,
		teamId: auth.teamId,
		memberId: auth.member.id,
		defaultCountry: auth.team.defaultCountry,
		importId,
		origin,
		chunkRows: importChunkRows(c.env.IMPORT_CHUNK_ROWS),
	};
}

/** The summary, with the state of the re-score job the import started, after working on it for a moment. */
async function answer(c: Context<AppEnv>, outcome: ImportOutcome) {
	const { summary } = outcome;
	if (outcome.jobId !== null) {
		const job = await advanceHere(c, outcome.jobId, START_BUDGET_MS);
		if (job) summary.job = jobView(job);
	}
	return c.json(summary, outcome.status);
}

/**
 * /v1/imports (admins and managers): CSV of customers and/or order lines, all or nothing.
 * Up to the body limit in one request (POST /v1/imports, text/csv or JSON); larger files are staged
 * in parts (POST /staged, PUT /:id/parts/:index) and committed as one (POST /:id/commit).
 */
export const importsRoutes = new Hono<AppEnv>()
	.use(requireRole("admin", "manager"))
	.post("/", validate("query", csvQuery), async (c) => {
		const query = c.req.valid("query");
		const input = isCsv(c)
			? {
					csv: await csvText(c),
					dryRun: query.dryRun ?? false,
					mapping: mappingOf(query.map),
					defaultCurrency: query.defaultCurrency?.toUpperCase(),
				}
			: await jsonBody(c, importRequestSchema);
		if (input.csv.trim() === "") throw invalidField("body", "The CSV is empty");
		const outcome = await runImport(target(c, newImportId(), "new"), {
			parts: [{ firstRow: 2, body: input.csv }],
			dryRun: query.dryRun ?? input.dryRun,
			...(input.mapping ? { mapping: input.mapping } : {}),
			...(input.defaultCurrency ? { defaultCurrency: input.defaultCurrency } : {}),
		});
		return answer(c, outcome);
	})
	.post("/staged", async (c) => {
		const row = await createStaged(c.var.db, c.var.auth.teamId, c.var.auth.member.id, new Date());
		return c.json(stagedJson(row), 201);
	})
	.put("/:id/parts/:index", validate("param", partParam), validate("query", partQuery), async (c) => {
		const { id, index } = c.req.valid("param");
		const part = isCsv(c)
			? { csv: await csvText(c), firstRow: c.req.valid("query").firstRow }
			: await jsonBody(c, importPartSchema);
		if (part.firstRow === undefined)
			throw invalidField("query.firstRow", "Give the file row of the part's first record");
		if (part.csv.trim() === "") throw invalidField("body", "The part is empty");
		const row = await putPart(c.var.db, c.var.auth.teamId, id, {
			idx: index,
			firstRow: part.firstRow,
			body: part.csv,
		});
		return c.json(stagedJson(row));
	})
	.post("/:id/commit", validate("param", idParam), ...json(importCommitSchema), async (c) => {
		const { id } = c.req.valid("param");
		const options = c.req.valid("json");
		const { db, auth } = c.var;
		const row = await findImport(db, auth.teamId, id);
		if (!row) throw notFound("The import");
		// Committing again answers the first commit's summary: a retried commit imports nothing twice.
		if (row.state === "committed") return c.json(stagedJson(row).summary);
		const parts = await loadParts(db, auth.teamId, id);
		if (parts.length === 0)
			throw new ProblemError(422, "validation", "Invalid request", {
				detail: "Nothing is staged: PUT the parts first",
			});
		const outcome = await runImport(target(c, id, "staged"), {
			parts,
			dryRun: options.dryRun,
			...(options.mapping ? { mapping: options.mapping } : {}),
			...(options.defaultCurrency ? { defaultCurrency: options.defaultCurrency } : {}),
		});
		return answer(c, outcome);
	})
	.get("/:id", validate("param", idParam), async (c) => {
		const row = await findImport(c.var.db, c.var.auth.teamId, c.req.valid("param").id);
		if (!row) throw notFound("The import");
		return c.json(stagedJson(row));
	});
