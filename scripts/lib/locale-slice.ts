import type { Plugin } from "vite";
import { transformWithEsbuild } from "vite";

/**
 * The message keys the Gmail content script shows (badges, their tooltips, the capture buttons).
 * Its bundle carries only these; the extension pages keep every key. A test
 * (tests/extension/gmail-locale-slice.test.ts) checks that every key its code uses is covered.
 */
export const GMAIL_CONTENT_KEYS: readonly string[] = ["gmail.", "tier."];

const LOCALE_MODULE = /\/extension\/locales\/\w+\.ts$/;

/**
 * A Vite plugin for one content script's build: each locale area module
 * (`export const <area> = { en, zh_CN }`) is replaced by the same area with only the keys that
 * start with one of `prefixes`, so a content script does not ship the whole UI's translations.
 */
export function localeSlice(prefixes: readonly string[]): Plugin {
	const keep = (dictionary: Record<string, string>) =>
		Object.fromEntries(Object.entries(dictionary).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
	return {
		name: "tierline-locale-slice",
		enforce: "pre",
		async transform(code, id) {
			if (!LOCALE_MODULE.test(id.split("?")[0] ?? "")) return null;
			const { code: js } = await transformWithEsbuild(code, id, { loader: "ts", format: "esm" });
			const module = (await import(
				`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
			)) as Record<string, { en: Record<string, string>; zh_CN: Record<string, string> }>;
			const exports = Object.entries(module).map(
				([name, area]) =>
					`export const ${name} = ${JSON.stringify({ en: keep(area.en), zh_CN: keep(area.zh_CN) })};`,
			);
			return { code: exports.join("\n"), map: null };
		},
	};
}
