/**
 * Alibaba figures:
 * - extraction time per page kind (inquiry list and detail, OneTalk chat, RFQ list and detail, the
 *   CRM pool), in real Chromium with the driver bundled as the extension bundles it: the
 *   main-world state pick (with the answers the page fetched itself), the isolated-side
 *   validation and the layered extraction. Each kind's fixtures (English and Chinese interface,
 *   with page state and DOM-only) are sampled 150 times each, a sample being the mean of 4
 *   extractions (Chromium rounds performance.now() to 0.1 ms); median and p99 over the samples;
 * - the Alibaba content scripts' size, gzip (isolated and main world; budget 40 KB).
 * Needs Chromium and `npm run build` (for the sizes).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { AlibabaExtraction } from "../../extension/sites/alibaba/types";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import { CRM_POOL, FIXTURES, fixtureHtml, fixtureText } from "../fixtures/alibaba";
import { CHROMIUM_PATH } from "../support/browser";
import type { Figure } from "./figure";

const RUNS = 155;
const WARM_UP = 5;
/** Extractions per timed sample: Chromium rounds performance.now() to 0.1 ms. */
const PER_SAMPLE = 4;

export async function run(): Promise<Figure[]> {
	return [...(await extractionInChromium()), ...bundleSizes()];
}

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const NO_ANSWERS = { feedbackPages: [], customerInfo: [] };

/** The driver as one IIFE script, built by Vite as the extension build does. */
async function driverScript(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: "silent",
		build: {
			write: false,
			minify: true,
			lib: {
				entry: path.join(REPO_ROOT, "tests/fixtures/alibaba/bench-entry.ts"),
				formats: ["iife"],
				name: "tierlineAlibaba",
			},
		},
	});
	const result = Array.isArray(output) ? output[0] : output;
	if (!result || !("output" in result)) throw new Error("vite did not return a bundle");
	const chunk = result.output.find((item) => item.type === "chunk");
	if (chunk?.type !== "chunk") throw new Error("no chunk in the driver bundle");
	return chunk.code;
}

interface Driver {
	extractAlibaba(doc: Document, url: string, state: unknown): AlibabaExtraction | null;
	pickAlibabaState(scope: unknown, observed: unknown): unknown;
	parseStateMessage(data: unknown): unknown;
	STATE_MESSAGE_TAG: string;
}

async function extractionInChromium(): Promise<Figure[]> {
	const script = await driverScript();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ["--no-sandbox"],
	});
	const samples = new Map<string, number[]>();
	const pages = [
		...FIXTURES.map((f) => ({
			kind: f.page as string,
			html: fixtureHtml(f),
			url: f.url,
			observed: f.observed,
		})),
		{ kind: "crm-pool", html: fixtureText(CRM_POOL.file), url: CRM_POOL.url, observed: NO_ANSWERS },
	];
	try {
		const page = await browser.newPage();
		for (const f of pages) {
			// The page's own inline scripts run, so window.feedbackListResponse / PAGE_DATA exist as on Alibaba.
			await page.setContent(f.html);
			await page.addScriptTag({ content: script });
			const times = await page.evaluate(
				({ url, observed, runs, perSample }) => {
					const driver = (globalThis as unknown as { tierlineAlibaba: Driver }).tierlineAlibaba;
					const out: number[] = [];
					for (let i = 0; i < runs; i++) {
						const start = performance.now();
						for (let j = 0; j < perSample; j++) {
							const picked = driver.pickAlibabaState(window, observed);
							const state = driver.parseStateMessage(
								structuredClone({ tag: driver.STATE_MESSAGE_TAG, kind: "state", state: picked }),
							);
							if (driver.extractAlibaba(document, url, state) === null)
								throw new Error(`nothing from ${url}`);
						}
						out.push((performance.now() - start) / perSample);
					}
					return out;
				},
				{ url: f.url, observed: f.observed, runs: RUNS, perSample: PER_SAMPLE },
			);
			samples.set(f.kind, [...(samples.get(f.kind) ?? []), ...times.slice(WARM_UP)]);
		}
	} finally {
		await browser.close();
	}
	const figures: Figure[] = [];
	for (const [kind, times] of samples) {
		figures.push(
			{ name: `alibaba.extract.${kind}.chromium_median`, value: round(quantile(times, 0.5)), unit: "ms" },
			{ name: `alibaba.extract.${kind}.chromium_p99`, value: round(quantile(times, 0.99)), unit: "ms" },
		);
	}
	return figures;
}

function bundleSizes(): Figure[] {
	return ["alibaba", "alibaba-state"].map((name) => {
		const file = path.join(REPO_ROOT, `.output/chrome-mv3/content-scripts/${name}.js`);
		if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` first`);
		return {
			name: `alibaba.content_script_gzip.${name}`,
			value: gzipSync(readFileSync(file)).length,
			unit: "bytes",
		};
	});
}
