import { runWranglerOrThrow } from "./wrangler";

interface ExecuteResult<Row> {
	results: Row[];
	success: boolean;
}

/**
 * Runs SQL against the local D1 under persistTo with `wrangler d1 execute --local --json` and
 * returns the rows of the last statement. Safe while `wrangler dev` runs on the same directory.
 */
export async function queryLocalD1<Row = Record<string, unknown>>(
	persistTo: string,
	sql: string,
): Promise<Row[]> {
	const { stdout } = await runWranglerOrThrow(
		["d1", "execute", "tierline", "--local", "--persist-to", persistTo, "--json", "--command", sql],
		"Querying the local D1",
	);
	const parsed = JSON.parse(stdout) as ExecuteResult<Row>[];
	return parsed.at(-1)?.results ?? [];
}

/** Applies a .sql file to the local D1 under persistTo (`wrangler d1 execute --local --file`). */
export async function executeLocalD1File(persistTo: string, file: string): Promise<void> {
	await runWranglerOrThrow(
		["d1", "execute", "tierline", "--local", "--persist-to", persistTo, "--yes", "--file", file],
		`Applying ${file} to the local D1`,
	);
}
