/**
 * Inquiry analysis of an email (shared/inquiry): time per email, median and p99 over a mix of
 * English, Chinese and Spanish inquiries and ordinary mail, each ~1–3 KB of reply text; and the
 * gzip cost the reader adds to the side panel (the module bundled on its own, minified, with the
 * scoring rule it uses).
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { readInquiry } from "../../shared/inquiry/read-inquiry";
import type { Figure } from "./figure";

const SAMPLES = [
	"Hello, we need 5,000 pcs of the 600x600 LED panel, 40W, CE certified. Please quote FOB Ningbo, target price USD 8.50/pc, delivery before January 31.",
	"您好，我们需要 3000 套不锈钢水槽，材质 SS304，尺寸 600x450，请报 FOB 深圳价格，并寄两套样品。交货期 45天。",
	"Necesitamos 5.000 piezas, precio FOB Shanghai, entrega antes del 15 de marzo. ¿Pueden enviar muestras?",
	"Hi, please send me your catalogue and price list. Thanks",
	"Hi Lin, thanks for the call yesterday. Let us meet at the fair in Guangzhou next spring. Talk soon.",
	"Dear Beneficiary, you have won USD 1,500,000 in our lottery. Click here to claim your prize.",
];
/** A realistic reply: the inquiry with a few paragraphs of small talk around it. */
const FILLER =
	"We have been importing kitchen and lighting products for our retail chain for twelve years and are now looking for a reliable long-term supplier. ";
const EMAILS = SAMPLES.map(
	(sample, i) => `${FILLER.repeat(1 + (i % 3) * 4)}\n\n${sample}\n\n${FILLER.repeat(2)}`,
);

export async function run(): Promise<Figure[]> {
	const now = new Date("2026-12-06T06:00:00Z");
	for (let i = 0; i < 200; i++) readInquiry(EMAILS[i % EMAILS.length] ?? "", { now });
	const times: number[] = [];
	for (let i = 0; i < 6000; i++) {
		const email = EMAILS[i % EMAILS.length] ?? "";
		const start = performance.now();
		readInquiry(email, { now });
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 1000) / 1000;
	return [
		{ name: "inquiry analysis per email, median", value: at(0.5), unit: "ms" },
		{ name: "inquiry analysis per email, p99", value: at(0.99), unit: "ms" },
		{ name: "inquiry reader in the side panel, gzip", value: await gzipCost(), unit: "B" },
	];
}

async function gzipCost(): Promise<number> {
	const result = await build({
		entryPoints: [path.resolve(import.meta.dirname, "../../shared/inquiry/email-inquiry.ts")],
		bundle: true,
		minify: true,
		format: "esm",
		write: false,
		logLevel: "silent",
	});
	return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}
