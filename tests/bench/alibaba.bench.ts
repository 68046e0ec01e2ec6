/**
 * Alibaba figures:
 * - extraction time per fixture page (every page, English and Chinese interface, with page state
 *   and DOM-only), in real Chromium with the driver bundled as the extension bundles it: the
 *   main-world state pick, the isolated-side validation and the layered extraction; median of 30
 *   samples of 20 extractions each;
 * - the Alibaba content scripts' size, gzip (isolated and main world).
 * Needs Chromium and `npm run build` (for the sizes).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { AlibabaExtraction } from "../../extension/sites/alibaba/types";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import { FIXTURES, fixtureHtml } from "../fixtures/alibaba";
import { CHROMIUM_PATH } from "../support/browser";
import type { Figure } from "./figure";

const RUNS = 33;
const WARM_UP = 3;
/** Extractions per timed sample: Chromium rounds performance.now() to 0.1 ms. */
const PER_SAMPLE = 20;

export async function run(): Promise<Figure[]> {
	return [...(await extractionInChromium()), ...bundleSizes()];
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

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
	pickAlibabaState(scope: unknown): unknown;
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
	const figures: Figure[] = [];
	try {
		const page = await browser.newPage();
		for (const f of FIXTURES) {
			// The page's own inline scripts run, so window.PAGE_DATA / __INIT_DATA__ exist as on Alibaba.
			await page.setContent(fixtureHtml(f));
			await page.addScriptTag({ content: script });
			const times = await page.evaluate(
				({ url, runs, perSample }) => {
					const driver = (globalThis as unknown as { tierlineAlibaba: Driver }).tierlineAlibaba;
					const out: number[] = [];
					for (let i = 0; i < runs; i++) {
						const start = performance.now();
						for (let j = 0; j < perSample; j++) {
							const picked = driver.pickAlibabaState(window);
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
				{ url: f.url, runs: RUNS, perSample: PER_SAMPLE },
			);
			figures.push({
				name: `alibaba.extract.${f.page}.${f.lang}.${f.variant}.chromium_median`,
				value: round(median(times.slice(WARM_UP))),
				unit: "ms",
			});
		}
	} finally {
		await browser.close();
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
