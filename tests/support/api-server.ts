import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations, type DevServer, startDevServer } from "../../scripts/lib/dev-server";
import { freePort } from "../../scripts/lib/ports";

export interface ApiOptions {
	/** Reuse local state (a directory from an earlier startApi); default: a fresh temp directory. */
	persistTo?: string;
	/** Default: a free port. */
	port?: number;
	operatorToken?: string;
	/** Apply the real migrations before starting (default true; harmless when already applied). */
	migrate?: boolean;
	/** Extra worker variables (wrangler dev --var NAME:value). */
	vars?: Record<string, string>;
	/** Every line wrangler prints (the worker's console.log with logLevel "log"). */
	onLine?: (line: string) => void;
	logLevel?: "log" | "warn";
}

export interface ApiServer {
	/** http://127.0.0.1:<port>, without a trailing slash. */
	url: string;
	port: number;
	operatorToken: string;
	/** wrangler's --persist-to directory; `d1Query` and `seedSql` use it. */
	persistTo: string;
	running(): boolean;
	/** Stops wrangler and workerd (the whole process group); data stays. */
	stop(): Promise<void>;
	/** Starts again on the same port with the same data (after stop()). */
	start(): Promise<void>;
	restart(): Promise<void>;
	/** Stops and deletes the state directory if startApi created it. */
	dispose(): Promise<void>;
}

/**
 * Runs the real worker with `wrangler dev --local` against a local D1 with the real migrations.
 * Each call gets its own port and (unless persistTo is given) its own state directory.
 */
export async function startApi(options: ApiOptions = {}): Promise<ApiServer> {
	const ownsState = options.persistTo === undefined;
	const persistTo = options.persistTo ?? (await mkdtemp(path.join(os.tmpdir(), "tierline-api-")));
	const port = options.port ?? (await freePort());
	const operatorToken = options.operatorToken ?? `op_${randomBytes(24).toString("hex")}`;
	if (options.migrate !== false) await applyMigrations(persistTo);

	let server: DevServer | undefined;
	const start = async () => {
		if (server) return;
		server = await startDevServer({
			port,
			persistTo,
			vars: { ...options.vars, OPERATOR_TOKEN: operatorToken },
			...(options.onLine ? { onLine: options.onLine } : {}),
			...(options.logLevel ? { logLevel: options.logLevel } : {}),
		});
	};
	const stop = async () => {
		const current = server;
		server = undefined;
		await current?.stop();
	};
	await start();
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		operatorToken,
		persistTo,
		running: () => server !== undefined,
		stop,
		start,
		restart: async () => {
			await stop();
			await start();
		},
		dispose: async () => {
			await stop();
			if (ownsState) await rm(persistTo, { recursive: true, force: true });
		},
	};
}
