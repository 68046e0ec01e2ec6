/**
 * A D1 binding that adds up D1's own reported `meta.duration` for every statement it runs, so a
 * response can say how much of its time was SQL (`Server-Timing: db;dur=…`).
 *
 * `raw()` and `first()` are answered from `all()`, because D1 reports `meta` only there. This maps
 * rows to arrays by column order exactly as drizzle's own batch path does (`d1ToRawMapping`), so
 * the same rule applies to both: a select must not return two columns with the same name (alias
 * them, e.g. `sql\`${members.name}\`.as("owner_name")`).
 */
export class QueryTimer {
	totalMs = 0;
	statements = 0;

	record(meta: { duration?: number } | undefined): void {
		this.statements += 1;
		if (typeof meta?.duration === "number" && Number.isFinite(meta.duration)) this.totalMs += meta.duration;
	}
}

class TimedStatement {
	constructor(
		readonly inner: D1PreparedStatement,
		private readonly timer: QueryTimer,
	) {}

	bind(...values: unknown[]): TimedStatement {
		return new TimedStatement(this.inner.bind(...values), this.timer);
	}

	async all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
		const result = await this.inner.all<T>();
		this.timer.record(result.meta);
		return result;
	}

	async run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
		const result = await this.inner.run<T>();
		this.timer.record(result.meta);
		return result;
	}

	async first<T = Record<string, unknown>>(column?: string): Promise<T | null> {
		const { results } = await this.all<Record<string, unknown>>();
		const row = results[0];
		if (row === undefined) return null;
		return (column === undefined ? row : row[column]) as T;
	}

	async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
		const { results } = await this.all<Record<string, unknown>>();
		const rows = results.map((row) => Object.values(row) as T);
		if (!options?.columnNames) return rows;
		return [Object.keys(results[0] ?? {}) as T, ...rows];
	}
}

class TimedD1 {
	constructor(
		private readonly db: D1Database,
		private readonly timer: QueryTimer,
	) {}

	prepare(query: string): TimedStatement {
		return new TimedStatement(this.db.prepare(query), this.timer);
	}

	async batch<T = unknown>(statements: Array<TimedStatement | D1PreparedStatement>): Promise<D1Result<T>[]> {
		const inner = statements.map((s) => (s instanceof TimedStatement ? s.inner : s));
		const results = await this.db.batch<T>(inner);
		for (const result of results) this.timer.record(result.meta);
		return results;
	}

	async exec(query: string): Promise<D1ExecResult> {
		const result = await this.db.exec(query);
		this.timer.record({ duration: result.duration });
		return result;
	}
}

/** Wraps the binding; the result is used wherever a D1Database is expected (drizzle, raw SQL). */
export function timedD1(db: D1Database, timer: QueryTimer): D1Database {
	// The wrapper implements the part of D1Database that drizzle and this app call
	// (prepare, batch, exec); sessions and dump() are not used.
	return new TimedD1(db, timer) as unknown as D1Database;
}
