import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";

/** Parses a dotenv-style file (KEY=value, # comments, optional quotes). */
export function parseDevVars(text: string): Record<string, string> {
	const vars: Record<string, string> = {};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line || line.startsWith("#")) continue;
		const eq = line.indexOf("=");
		if (eq <= 0) continue;
		const key = line.slice(0, eq).trim();
		const value = line.slice(eq + 1).trim();
		vars[key] = value.replace(/^(["'])(.*)\1$/, "$2");
	}
	return vars;
}

/**
 * Returns the local operator token from `.dev.vars` (which `wrangler dev` loads as secrets),
 * creating the file with a random token on first start and adding the token if it is missing.
 */
export async function ensureOperatorToken(file: string): Promise<{ token: string; created: boolean }> {
	const text = existsSync(file) ? await readFile(file, "utf8") : "";
	const existing = parseDevVars(text).OPERATOR_TOKEN;
	if (existing) return { token: existing, created: false };
	const token = `op_${randomBytes(24).toString("hex")}`;
	const header = text ? "" : "# Local secrets for `wrangler dev` (git-ignored). Created by `npm start`.\n";
	const separator = text && !text.endsWith("\n") ? "\n" : "";
	await writeFile(file, `${text}${separator}${header}OPERATOR_TOKEN=${token}\n`, { mode: 0o600 });
	return { token, created: true };
}
