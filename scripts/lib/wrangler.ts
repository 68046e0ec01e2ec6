import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/** The repository root (this file lives in scripts/lib/). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const WRANGLER_BIN = path.join(REPO_ROOT, "node_modules/.bin/wrangler");

/** Environment for every wrangler run: no metrics, no Request.cf fetch (loopback only), no prompts. */
export function wranglerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		WRANGLER_SEND_METRICS: "false",
		CLOUDFLARE_CF_FETCH_ENABLED: "false",
		CI: "true",
		WRANGLER_HIDE_BANNER: "true",
		NO_COLOR: "1",
		FORCE_COLOR: "0",
		...extra,
	};
}

export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a short wrangler command to completion and collects its output. */
export function runWrangler(args: string[], options: { cwd?: string } = {}): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(WRANGLER_BIN, args, {
			cwd: options.cwd ?? REPO_ROOT,
			env: wranglerEnv(),
			stdio: ["ignore", "pipe", "pipe"],
		});
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on("data", (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on("error", reject);
		child.on("close", (code) => resolve({ code, stdout, stderr }));
	});
}

/** Like runWrangler, but a non-zero exit is an error carrying wrangler's own message. */
export async function runWranglerOrThrow(args: string[], what: string): Promise<RunResult> {
	const result = await runWrangler(args);
	if (result.code !== 0) {
		const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-20).join("\n");
		throw new Error(
			`${what} failed (wrangler ${args.slice(0, 3).join(" ")} exited ${result.code}):\n${output}`,
		);
	}
	return result;
}

/** Starts a long-running wrangler process in its own process group, so stopping it stops workerd too. */
export function spawnWrangler(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
	return spawn(WRANGLER_BIN, args, {
		cwd: REPO_ROOT,
		env: wranglerEnv(env),
		stdio: ["ignore", "pipe", "pipe"],
		detached: true,
	});
}

/** Stops a process group started by spawnWrangler: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
	signalGroup(child.pid, "SIGTERM");
	const timer = setTimeout(() => signalGroup(child.pid as number, "SIGKILL"), graceMs);
	await exited;
	clearTimeout(timer);
	// workerd may outlive wrangler for a moment; make sure nothing of the group is left.
	signalGroup(child.pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is already gone.
	}
}
