import { guarded } from "../db/guards";
import type { ProblemError } from "../http/problem";

/** One SQL statement with its parameters, for a D1 batch. */
export interface Statement {
	sql: string;
	params: unknown[];
}

interface ToSql {
	toSQL(): { sql: string; params: unknown[] };
}

/** A drizzle query as a plain statement, so it can share a batch with the JSON-driven ones below. */
export function fromQuery(query: ToSql): Statement {
	const { sql, params } = query.toSQL();
	return { sql, params };
}

/**
 * Runs statements as one D1 batch (one transaction: all or nothing). A failed batch guard (see
 * db/guards.ts) becomes the problem given for its reason.
 */
export async function runStatements(
	d1: D1Database,
	statements: Statement[],
	onGuard: Record<string, () => ProblemError> = {},
): Promise<D1Result[]> {
	if (statements.length === 0) return [];
	return guarded(() => d1.batch(statements.map((s) => d1.prepare(s.sql).bind(...s.params))), onGuard);
}

/**
 * Many rows go to D1 as one JSON parameter read with json_each, not one statement per row: D1 allows
 * 100 bound parameters per statement and counts every statement of a batch against the invocation's
 * query limit. Each parameter stays well under D1's 2 MB value limit.
 */
export const MAX_JSON_PARAM_BYTES = 500_000;

/** Rows (each a JSON array) cut into JSON texts of at most `maxBytes`. */
export function jsonChunks(rows: readonly unknown[][], maxBytes = MAX_JSON_PARAM_BYTES): string[] {
	const out: string[] = [];
	let parts: string[] = [];
	let bytes = 2;
	for (const row of rows) {
		const text = JSON.stringify(row);
		if (parts.length > 0 && bytes + text.length + 1 > maxBytes) {
			out.push(`[${parts.join(",")}]`);
			parts = [];
			bytes = 2;
		}
		parts.push(text);
		bytes += text.length + 1;
	}
	if (parts.length > 0) out.push(`[${parts.join(",")}]`);
	return out;
}

/** Column `i` of the current json_each row `j`. */
export const col = (i: number) => `json_extract(j.value, '$[${i}]')`;

/** A column whose value is an SQL expression (same for every row), e.g. the team's next sync position. */
export interface ComputedColumn {
	column: string;
	expr: string;
	params: unknown[];
}

/**
 * `INSERT INTO table (columns) SELECT … FROM json_each(?)`, one statement per chunk of rows; each row
 * is an array in the order of `columns`. `conflict` is appended (e.g. "ON CONFLICT DO NOTHING").
 */
export function jsonInsert(
	table: string,
	columns: readonly string[],
	rows: readonly unknown[][],
	options: { conflict?: string; computed?: ComputedColumn[] } = {},
): Statement[] {
	const computed = options.computed ?? [];
	const names = [...columns, ...computed.map((c) => c.column)].join(", ");
	const select = [...columns.map((_, i) => col(i)), ...computed.map((c) => c.expr)].join(", ");
	const params = computed.flatMap((c) => c.params);
	const tail = options.conflict ? ` WHERE true ${options.conflict}` : "";
	return jsonChunks(rows).map((json) => ({
		sql: `INSERT INTO ${table} (${names}) SELECT ${select} FROM json_each(?) AS j${tail}`,
		params: [...params, json],
	}));
}
