/**
 * `npm start`: the local Tierline — API under `wrangler dev --local` with an embedded D1, the demo
 * team seeded once, and the extension built against it. Serves until Ctrl-C.
 *
 * Overrides (for tests and side-by-side runs): TIERLINE_PORT (8787), TIERLINE_STATE_DIR
 * (.wrangler/state), TIERLINE_CREDENTIALS (.tierline/dev-credentials.json), TIERLINE_SKIP_BUILD=1.
 */
import path from "node:path";
import { applyMigrations, type DevServer, startDevServer } from "./lib/dev-server";
import { ensureOperatorToken } from "./lib/dev-vars";
import { buildExtension, extensionHasEntrypoints } from "./lib/extension-build";
import { portInUse } from "./lib/ports";
import { REPO_ROOT } from "./lib/wrangler";
import { type DevCredentials, seedDemo } from "./seed-demo";

const port = Number(process.env.TIERLINE_PORT ?? 8787);
const stateDir = path.resolve(REPO_ROOT, process.env.TIERLINE_STATE_DIR ?? ".wrangler/state");
const credentialsFile = path.resolve(
	REPO_ROOT,
	process.env.TIERLINE_CREDENTIALS ?? ".tierline/dev-credentials.json",
);
const skipBuild = process.env.TIERLINE_SKIP_BUILD === "1";

const step = (message: string) => console.log(`▸ ${message}`);
const detail = (message: string) => console.log(`  ${message}`);

let server: DevServer | undefined;
let stopping = false;
const aborter = new AbortController();

async function main(): Promise<void> {
	for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

	const operator = await ensureOperatorToken(path.join(REPO_ROOT, ".dev.vars"));
	step(
		operator.created
			? "Created .dev.vars with a new local OPERATOR_TOKEN"
			: "Using OPERATOR_TOKEN from .dev.vars",
	);

	if (await portInUse(port)) {
		fail(
			`Port ${port} is already in use — is another \`npm start\` running?\n` +
				`  Stop it, or run on another port: TIERLINE_PORT=8788 npm start`,
		);
	}

	step(`Applying D1 migrations to the local database (${shortPath(stateDir)})`);
	await applyMigrations(stateDir).catch((error: Error) => fail(`Migrations failed.\n${error.message}`));

	step(`Starting the API (wrangler dev --local) on http://127.0.0.1:${port}`);
	server = await startDevServer({
		port,
		persistTo: stateDir,
		logLevel: "info",
		signal: aborter.signal,
		onLine: (line) => console.log(`  api │ ${line}`),
	}).catch((error: Error) => fail(`The API did not start.\n${error.message}`));
	void server.exited.then(() => {
		if (stopping) return;
		console.error("\n✖ wrangler dev stopped unexpectedly (see its output above).");
		void shutdown(1);
	});

	const credentials = await seed(server.url, operator.token);
	await build(credentials);
	printSummary(credentials);
}

async function seed(apiUrl: string, operatorToken: string): Promise<DevCredentials> {
	step("Seeding the demo team (once)");
	try {
		const outcome = await seedDemo(apiUrl, operatorToken, credentialsFile, detail);
		if (outcome.action === "kept") detail("Already seeded — nothing added.");
		detail(`Credentials written to ${shortPath(credentialsFile)}`);
		return outcome.credentials;
	} catch (error) {
		return fail(
			`Seeding the demo team failed: ${(error as Error).message}\n` +
				"  If the local database is from an older version, reset it: rm -rf .wrangler/state .tierline",
		);
	}
}

async function build(credentials: DevCredentials): Promise<void> {
	if (skipBuild) return detail("Extension build skipped (TIERLINE_SKIP_BUILD=1).");
	if (!extensionHasEntrypoints()) {
		return detail("The extension has no entrypoints yet (extension/entrypoints is empty) — build skipped.");
	}
	const env = { WXT_API_URL: credentials.apiUrl, WXT_API_TOKEN: credentials.token };
	for (const browser of ["chrome", "firefox"] as const) {
		step(`Building the extension for ${browser}, pointed at ${credentials.apiUrl}`);
		const result = await buildExtension(browser, env);
		if (!result.ok) {
			console.error(`  The ${browser} build failed (the API keeps running):\n${result.tail}`);
			return;
		}
	}
}

function printSummary(credentials: DevCredentials): void {
	console.log(`
Tierline is running.
  API          ${credentials.apiUrl}   (GET /v1/health)
  Demo admin   Lin Wei, team "Demo Trading Co."
  Admin token  ${credentials.token}
               (saved in ${shortPath(credentialsFile)})

Load the extension:
  Chrome   chrome://extensions → Developer mode → Load unpacked → ${path.join(REPO_ROOT, ".output/chrome-mv3")}
  Firefox  about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${path.join(REPO_ROOT, ".output/firefox-mv3/manifest.json")}

Press Ctrl-C to stop.`);
}

/** Paths inside the repository relative to it, others absolute. */
function shortPath(file: string): string {
	const relative = path.relative(REPO_ROOT, file);
	return relative.startsWith("..") ? file : relative;
}

async function shutdown(code: number): Promise<never> {
	if (!stopping) {
		stopping = true;
		if (server) {
			console.log("\n▸ Stopping the API…");
			await server.stop();
		}
		aborter.abort(); // stops wrangler if it was still starting
	}
	process.exit(code);
}

function fail(message: string): never {
	console.error(`\n✖ ${message}`);
	void shutdown(1);
	// shutdown() exits; this keeps the caller from continuing meanwhile.
	throw new Error(message);
}

main().catch((error: Error) => {
	if (!stopping) {
		console.error(`\n✖ ${error.stack ?? error.message}`);
		void shutdown(1);
	}
});
