import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./wrangler";

/** True when extension/entrypoints has at least one entrypoint to build. */
export function extensionHasEntrypoints(): boolean {
	const dir = path.join(REPO_ROOT, "extension/entrypoints");
	return existsSync(dir) && readdirSync(dir).length > 0;
}

export interface BuildResult {
	ok: boolean;
	/** The last lines of wxt's output, for the error message. */
	tail: string;
}

/**
 * Builds the extension with WXT for one browser, pre-configured through the build-time variables
 * WXT_API_URL and WXT_API_TOKEN (read by the extension as import.meta.env).
 */
export function buildExtension(
	browser: "chrome" | "firefox",
	env: Record<string, string>,
): Promise<BuildResult> {
	const args = browser === "chrome" ? ["build"] : ["build", "-b", "firefox", "--mv3"];
	return new Promise((resolve) => {
		const child = spawn(path.join(REPO_ROOT, "node_modules/.bin/wxt"), args, {
			cwd: REPO_ROOT,
			env: { ...process.env, ...env },
			stdio: ["ignore", "pipe", "pipe"],
		});
		let output = "";
		const take = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-8_000);
		};
		child.stdout.on("data", take);
		child.stderr.on("data", take);
		child.on("error", (error) => resolve({ ok: false, tail: error.message }));
		child.on("close", (code) =>
			resolve({ ok: code === 0, tail: output.trim().split("\n").slice(-25).join("\n") }),
		);
	});
}
