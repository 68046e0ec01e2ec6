import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { REPO_ROOT } from "../../scripts/lib/wrangler";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface ExtensionBrowser {
	context: BrowserContext;
	extensionId: string;
	/** The extension's background service worker (MV3). */
	serviceWorker: Worker;
	/** Opens chrome-extension://<id>/<path>, e.g. "sidepanel.html". */
	openExtensionPage(pagePath: string): Promise<Page>;
	/** Closes the browser and deletes its profile. */
	close(): Promise<void>;
}

export interface LaunchOptions {
	/** The unpacked build to load; relative paths are from the repository root. */
	extensionPath?: string;
	/** Extra Chromium switches. */
	args?: string[];
	/** Default true; `npm run demo` opens a window. */
	headless?: boolean;
}

/** Real Chromium (by default new headless mode, which runs extensions) with the built extension loaded. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
	const extensionPath = path.resolve(REPO_ROOT, options.extensionPath ?? ".output/chrome-mv3");
	if (!existsSync(path.join(extensionPath, "manifest.json"))) {
		throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first`);
	}
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
		);
	}
	const userDataDir = await mkdtemp(path.join(os.tmpdir(), "tierline-chromium-"));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		headless: options.headless ?? true,
		args: [...chromiumArgs(extensionPath), ...(options.args ?? [])],
	});
	try {
		const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
		const extensionId = new URL(serviceWorker.url()).host;
		return {
			context,
			extensionId,
			serviceWorker,
			openExtensionPage: async (pagePath) => {
				const page = await context.newPage();
				await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\//, "")}`);
				return page;
			},
			close: async () => {
				await context.close();
				await rm(userDataDir, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await context.close();
		await rm(userDataDir, { recursive: true, force: true });
		throw error;
	}
}

function chromiumArgs(extensionPath: string): string[] {
	return [
		`--disable-extensions-except=${extensionPath}`,
		`--load-extension=${extensionPath}`,
		"--no-sandbox",
		"--disable-gpu",
		"--disable-dev-shm-usage",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--no-first-run",
		"--disable-quic",
	];
}

/** Saves the API settings through the real settings page, as a user would. */
export async function configureExtension(
	browser: ExtensionBrowser,
	apiUrl: string,
	token: string,
): Promise<Page> {
	const options = await browser.openExtensionPage("options.html");
	await options.locator("input[name=apiUrl]").fill(apiUrl);
	await options.locator("input[name=token]").fill(token);
	await options.getByRole("button", { name: "Save" }).click();
	await options.getByTestId("connection-status").getByText("Saved.").waitFor();
	return options;
}

/**
 * Serves `html` at its real URL (e.g. https://mail.google.com/mail/u/0/#inbox) inside this browser,
 * so content scripts run on a saved page without touching the network. Other requests to the same
 * origin answer 404, so the test never reaches the real site.
 */
export function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
	return servePages(context, [{ url, html }]);
}

/** Several saved pages at their real URLs (one route per origin; the hash is not part of the match). */
export async function servePages(
	context: BrowserContext,
	pages: ReadonlyArray<{ url: string; html: string }>,
): Promise<void> {
	const byOrigin = new Map<string, Map<string, string>>();
	for (const page of pages) {
		const target = new URL(page.url);
		const paths = byOrigin.get(target.origin) ?? new Map<string, string>();
		paths.set(target.pathname + target.search, page.html);
		byOrigin.set(target.origin, paths);
	}
	for (const [origin, paths] of byOrigin) {
		await context.route(
			(requestUrl) => requestUrl.origin === origin,
			async (route) => {
				const requested = new URL(route.request().url());
				const html = paths.get(requested.pathname + requested.search);
				if (html !== undefined && route.request().resourceType() === "document") {
					await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
				} else {
					await route.fulfill({ status: 404, contentType: "text/plain", body: "not served here" });
				}
			},
		);
	}
}
