import type { ChildProcess } from "node:child_process";
import { freePort } from "./ports";
import { runWranglerOrThrow, spawnWrangler, stopProcessGroup } from "./wrangler";

export interface DevServerOptions {
	port: number;
	/** wrangler's --persist-to: the local D1 lives under <persistTo>/v3/d1. */
	persistTo: string;
	vars?: Record<string, string>;
	/** Receives every line wrangler prints (for progress or debugging). */
	onLine?: (line: string) => void;
	readyTimeoutMs?: number;
	/** wrangler's --log-level; "info" also logs every request. Default "warn". */
	logLevel?: "debug" | "info" | "log" | "warn" | "error" | "none";
	/** Aborting stops wrangler, also while it is still starting. */
	signal?: AbortSignal;
}

export interface DevServer {
	url: string;
	/** Resolves when wrangler exits, on its own or after stop(). */
	exited: Promise<void>;
	stop(): Promise<void>;
}

/** Applies the repository's real migrations (worker/db/migrations) to the local D1 under persistTo. */
export async function applyMigrations(persistTo: string): Promise<string> {
	const result = await runWranglerOrThrow(
		["d1", "migrations", "apply", "tierline", "--local", "--persist-to", persistTo],
		"Applying the D1 migrations",
	);
	return result.stdout;
}

/** Starts `wrangler dev --local` on 127.0.0.1:port and resolves once GET /v1/health answers 200. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
	const url = `http://127.0.0.1:${options.port}`;
	const args = [
		"dev",
		"--local",
		"--ip",
		"127.0.0.1",
		"--port",
		String(options.port),
		"--inspector-port",
		String(await freePort()),
		"--persist-to",
		options.persistTo,
		"--show-interactive-dev-session=false",
		"--log-level",
		options.logLevel ?? "warn",
	];
	for (const [name, value] of Object.entries(options.vars ?? {})) args.push("--var", `${name}:${value}`);
	const child = spawnWrangler(args);
	const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
	options.signal?.addEventListener("abort", () => void stopProcessGroup(child), { once: true });
	const log = collectOutput(child, options.onLine);
	try {
		await waitForHealth(url, child, options.readyTimeoutMs ?? 90_000);
	} catch (error) {
		await stopProcessGroup(child);
		throw new Error(`${(error as Error).message}\nwrangler said:\n${log.tail()}`);
	}
	return { url, exited, stop: () => stopProcessGroup(child) };
}

function collectOutput(child: ChildProcess, onLine?: (line: string) => void) {
	const lines: string[] = [];
	const take = (chunk: Buffer) => {
		for (const line of chunk.toString().split("\n")) {
			if (!line.trim()) continue;
			lines.push(line);
			if (lines.length > 200) lines.shift();
			onLine?.(line);
		}
	};
	child.stdout?.on("data", take);
	child.stderr?.on("data", take);
	return { tail: () => lines.slice(-30).join("\n") };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}) before the API was up`);
		}
		if (await healthy(url)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The API at ${url} did not answer GET /v1/health within ${timeoutMs / 1000} s`);
}

/** True when GET /v1/health answers 200. */
export async function healthy(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(2_000) });
		await response.body?.cancel();
		return response.ok;
	} catch {
		return false;
	}
}
