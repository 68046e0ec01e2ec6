import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { GMAIL_CONTENT_KEYS } from "../../scripts/lib/locale-slice";

const ROOT = path.resolve(import.meta.dirname, "../..");

// The Gmail content script ships only the message keys under GMAIL_CONTENT_KEYS (wxt.config.ts):
// every key its own code asks for, literal or built from a template, must be one of them.
describe("the Gmail content script's translations", () => {
	it("cover every key its code uses", async () => {
		const result = await build({
			entryPoints: [path.join(ROOT, "extension/entrypoints/gmail.content/index.ts")],
			bundle: true,
			write: false,
			metafile: true,
			format: "esm",
			jsx: "automatic",
			jsxImportSource: "preact",
			logLevel: "silent",
		});
		const sources = Object.keys(result.metafile.inputs).filter(
			(file) => !file.includes("node_modules") && !file.includes("extension/locales/"),
		);
		const keys = sources.flatMap((file) => {
			const code = readFileSync(path.join(ROOT, file), "utf8");
			return [
				...code.matchAll(/\bt\(\s*["'`]([\w.]+)/g),
				...code.matchAll(/:\s*"((?:gmail|tier|core|alibaba|scoring|settings|panel)\.[\w.]+)"/g),
			].map((match) => match[1] ?? "");
		});
		expect(keys.length).toBeGreaterThan(10);
		expect(keys.filter((key) => !GMAIL_CONTENT_KEYS.some((prefix) => key.startsWith(prefix)))).toEqual([]);
	});
});
