/**
 * `npm run demo [-- --headless]`: with `npm start` running in another terminal, opens Chromium with
 * the built extension connected to the local API as the demo admin, and the demo pages (a Gmail inbox
 * and thread, an Alibaba inquiry) served at their real addresses — badges, the side panel and Today
 * within a minute. Serves until the window is closed or Ctrl-C. CHROMIUM_PATH picks the browser.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { launchExtension } from "../tests/support/browser";
import { DEMO_PAGES, openDemo } from "./lib/demo-pages";
import { healthy } from "./lib/dev-server";
import { buildExtension } from "./lib/extension-build";
import { REPO_ROOT } from "./lib/wrangler";
import type { DevCredentials } from "./seed-demo";

const credentialsFile = path.resolve(
	REPO_ROOT,
	process.env.TIERLINE_CREDENTIALS ?? ".tierline/dev-credentials.json",
);
const extensionPath = path.join(REPO_ROOT, ".output/chrome-mv3");

async function main(): Promise<void> {
	const headless = process.argv.includes("--headless");
	const credentials = await readCredentials();
	if (!(await healthy(credentials.apiUrl))) {
		fail(`The local API at ${credentials.apiUrl} does not answer. Start it first: npm start`);
	}
	if (!existsSync(path.join(extensionPath, "manifest.json"))) {
		console.log("▸ Building the extension for Chrome");
		const built = await buildExtension("chrome", {
			WXT_API_URL: credentials.apiUrl,
			WXT_API_TOKEN: credentials.token,
		});
		if (!built.ok) fail(`The extension build failed:\n${built.tail}`);
	}
	console.log("▸ Opening Chromium with the extension and the demo pages");
	const browser = await launchExtension({ extensionPath, headless });
	const stop = async () => {
		await browser.close().catch(() => undefined);
		process.exit(0);
	};
	for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
	await openDemo(browser, credentials);
	console.log(`
The demo is open, signed in as the demo admin (Lin Wei, "Demo Trading Co."):
${DEMO_PAGES.map((p) => `  ${p.label.padEnd(20)} ${p.url}`).join("\n")}
  Side panel           in its own tab; or click the Tierline icon on any page

Tier badges sit beside the senders; hover one for the owner, tier and the buyer's local time.
Close the window or press Ctrl-C to stop.`);
	if (headless) return stop();
	browser.context.on("close", () => process.exit(0));
}

async function readCredentials(): Promise<DevCredentials> {
	if (!existsSync(credentialsFile)) {
		fail(`No ${path.relative(REPO_ROOT, credentialsFile)} yet. Run npm start first: it seeds the demo team.`);
	}
	return JSON.parse(await readFile(credentialsFile, "utf8")) as DevCredentials;
}

function fail(message: string): never {
	console.error(`✖ ${message}`);
	process.exit(1);
}

void main().catch((error: Error) => fail(error.message));
