/**
 * npm run package -- --api-url https://tierline-api.example.workers.dev
 * Builds the store zips for a team's own API: Chrome (.output/*-chrome.zip), Firefox
 * (.output/*-firefox.zip) and the sources zip Firefox's review asks for (.output/*-sources.zip).
 * The API URL is built in (WXT_API_URL); a token never is: each person joins with an invitation.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

function apiUrlArgument(argv: string[]): string | undefined {
	const i = argv.indexOf("--api-url");
	if (i >= 0) return argv[i + 1];
	return argv.find((a) => a.startsWith("--api-url="))?.slice("--api-url=".length) ?? process.env.WXT_API_URL;
}

/** The API's base URL as the extension stores it (no trailing slash or "/v1"); null unless http(s). */
function baseUrl(raw: string | undefined): string | null {
	try {
		const url = new URL((raw ?? "").trim());
		if (url.protocol !== "https:" && url.protocol !== "http:") return null;
		return url.href.replace(/\/+$/, "").replace(/\/v1$/, "");
	} catch {
		return null;
	}
}

const apiUrl = baseUrl(apiUrlArgument(process.argv.slice(2)));
if (!apiUrl) {
	console.error("Usage: npm run package -- --api-url https://your-api.example.com  (or set WXT_API_URL)");
	process.exit(2);
}
if (process.env.WXT_API_TOKEN) {
	console.error("WXT_API_TOKEN is set: a store build must not carry a token. Unset it and run again.");
	process.exit(2);
}
const env = { ...process.env, WXT_API_URL: apiUrl };
for (const args of [["zip"], ["zip", "-b", "firefox", "--mv3"]]) {
	const run = spawnSync("npx", ["wxt", ...args], { stdio: "inherit", env });
	if (run.status !== 0) process.exit(run.status ?? 1);
}
const output = path.resolve(import.meta.dirname, "../.output");
const zips = readdirSync(output).filter((f) => f.endsWith(".zip"));
console.log(`\nStore packages for ${apiUrl}:`);
for (const zip of zips) console.log(`  .output/${zip}`);
