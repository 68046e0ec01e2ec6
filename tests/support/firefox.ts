import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { REPO_ROOT } from "../../scripts/lib/wrangler";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** The add-on id in the Firefox manifest (wxt.config.ts). */
const ADDON_ID = "tierline@tierline.dev";
/** Fixed internal UUID, so extension pages have a known moz-extension:// origin. */
const ADDON_UUID = "4b1c2a9e-0d1f-4a55-9c3e-2f7d6b8a1e01";

export interface FirefoxExtension {
	browser: Browser;
	/** moz-extension://<uuid>/ */
	origin: string;
	openExtensionPage(pagePath: string): Promise<Page>;
	/** Opens `url` in a new tab with `html` served at it (other requests to that origin: 404). */
	openServedPage(url: string, html: string): Promise<Page>;
	/**
	 * Runs `fn(arg)` in the add-on's content-script world of `page`'s tab (through
	 * `browser.scripting.executeScript` from one of the add-on's own pages), where
	 * `Element.openOrClosedShadowRoot` opens our CLOSED roots that no page script can enter.
	 * `fn` must be self-contained; null while the tab cannot be reached.
	 */
	inContentWorld<A, T>(page: Page, fn: (arg: A) => T, arg: A): Promise<T | null>;
	close(): Promise<void>;
}

/**
 * Stock headless Firefox (Debian's firefox-esr) driven over WebDriver BiDi, with a private copy
 * of the built Firefox package installed as a temporary add-on, as about:debugging would.
 */
export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
	const built = path.join(REPO_ROOT, ".output/firefox-mv3");
	if (!existsSync(path.join(built, "manifest.json"))) {
		throw new Error(`No built Firefox package at ${built}: run \`npm run build\` first`);
	}
	if (!existsSync(FIREFOX_PATH)) {
		throw new Error(
			`No Firefox at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH)`,
		);
	}
	const copy = await mkdtemp(path.join(os.tmpdir(), "tierline-firefox-addon-"));
	await cp(built, copy, { recursive: true });
	const browser = await puppeteer.launch({
		browser: "firefox",
		executablePath: FIREFOX_PATH,
		headless: true,
		// Lets the test open the add-on's own pages (moz-extension://) in a tab.
		args: ["--remote-allow-system-access"],
		extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
	});
	const close = async () => {
		await browser.close().catch(() => undefined);
		await rm(copy, { recursive: true, force: true });
	};
	try {
		const id = await browser.installExtension(copy);
		if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
	} catch (error) {
		await close();
		throw error;
	}
	const origin = `moz-extension://${ADDON_UUID}/`;
	let probe: Promise<Page> | null = null;
	const openExtensionPage = async (pagePath: string) => {
		const page = await browser.newPage();
		const url = `${origin}${pagePath.replace(/^\//, "")}`;
		// BiDi never reports the navigation of an extension page as done: start it, then wait
		// until the page itself is there.
		page.goto(url).catch(() => undefined);
		await pollPage(page, (expected) => location.href === expected && document.readyState !== "loading", url);
		return page;
	};
	return {
		browser,
		origin,
		close,
		openExtensionPage,
		inContentWorld: async (page, fn, arg) => {
			probe ??= openExtensionPage("options.html");
			const runner = await probe;
			// An expression, not a function argument: `fn` must stay a real function in the add-on's
			// page, since executeScript sends it to the content world by its source.
			const expression = `(async () => {
				const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(page.url())});
				if (!tab) return null;
				const [injected] = await browser.scripting.executeScript({
					target: { tabId: tab.id },
					func: ${fn.toString()},
					args: [${JSON.stringify(arg)}],
				});
				return injected?.result ?? null;
			})()`;
			return (await runner.evaluate(expression).catch(() => null)) as Awaited<ReturnType<typeof fn>> | null;
		},
		openServedPage: async (url, html) => {
			const page = await browser.newPage();
			const target = new URL(url);
			const document = `${target.origin}${target.pathname}${target.search}`;
			await page.setRequestInterception(true);
			page.on("request", (request) => {
				const requested = request.url().split("#")[0];
				if (!requested?.startsWith(target.origin)) return void request.continue();
				if (requested === document) {
					return void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: html });
				}
				return void request.respond({ status: 404, contentType: "text/plain", body: "not served in tests" });
			});
			await page.goto(url, { waitUntil: "domcontentloaded" });
			return page;
		},
	};
}

/** What an element inside one of our closed marks shows. */
export interface FirefoxMark {
	tier: string | null;
	state: string | null;
	text: string;
}

/**
 * Reads `inner` inside the closed root of the first host matching `host` (CSS), from the add-on's
 * content world; clicks it too when `click`. Null while it is not there.
 */
export function readFirefoxMark(
	firefox: FirefoxExtension,
	page: Page,
	host: string,
	inner: string,
	click = false,
): Promise<FirefoxMark | null> {
	return firefox.inContentWorld(
		page,
		({ host, inner, click }) => {
			const element = document.querySelector(host) as
				| (Element & { openOrClosedShadowRoot?: ShadowRoot | null })
				| null;
			const found = element?.openOrClosedShadowRoot?.querySelector<HTMLElement>(inner);
			if (!found) return null;
			if (click) found.click();
			return {
				tier: found.getAttribute("data-tier"),
				state: found.getAttribute("data-state"),
				text: found.textContent ?? "",
			};
		},
		{ host, inner, click },
	);
}

/** Waits until `inner` shows in the host's closed root (and, with `ok`, passes it); returns it. */
export async function waitForFirefoxMark(
	firefox: FirefoxExtension,
	page: Page,
	host: string,
	inner: string,
	options: { timeout?: number; click?: boolean; ok?: (mark: FirefoxMark) => boolean } = {},
): Promise<FirefoxMark> {
	const deadline = Date.now() + (options.timeout ?? 30_000);
	for (;;) {
		const mark = await readFirefoxMark(firefox, page, host, inner, options.click);
		if (mark && (options.ok?.(mark) ?? true)) return mark;
		if (Date.now() > deadline) {
			throw new Error(
				`no ${inner} in ${host} within ${options.timeout ?? 30_000} ms (last: ${JSON.stringify(mark)})`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
 * Waits until `predicate(arg)` holds in the page, asking it every 100 ms with `evaluate`. Not
 * puppeteer's waitForFunction or waitForSelector: their in-page poller is built with Function(),
 * which an add-on page's CSP refuses in Firefox ESR 140.12 ("call to Function() blocked by CSP").
 */
export async function pollPage<A extends string | undefined>(
	page: Page,
	predicate: (arg: A) => boolean | undefined,
	arg: A,
	timeoutMs = 20_000,
): Promise<void> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		// Mid-navigation the page's context may be gone: that is a "not yet".
		if (
			await page
				.evaluate(predicate as (arg: string | undefined) => boolean | undefined, arg)
				.catch(() => false)
		)
			return;
		if (Date.now() > until)
			throw new Error(`The page did not reach the expected state within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Saves the API settings through the add-on's settings page, as a user would; returns the page, still open. */
export async function configureFirefoxExtension(
	firefox: FirefoxExtension,
	apiUrl: string,
	token: string,
): Promise<Page> {
	const options = await firefox.openExtensionPage("options.html");
	await pollPage(options, (selector) => document.querySelector(selector) !== null, "input[name=apiUrl]");
	await options.type("input[name=apiUrl]", apiUrl);
	await options.type("input[name=token]", token);
	await options.click("form:has(input[name=token]) button.primary");
	await pollPage(
		options,
		() => document.querySelector('[data-testid="connection-status"]')?.textContent?.includes("Saved."),
		undefined,
	);
	return options;
}
