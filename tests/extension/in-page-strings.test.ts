import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alibaba } from "../../extension/locales/alibaba";
import { gmail } from "../../extension/locales/gmail";
import { marks } from "../../extension/locales/marks";

// Content scripts load only the in-page areas (extension/i18n/in-page-areas.ts). Every string the
// in-page code asks for must be there, or a Chinese user would see a raw key in Gmail.
const ROOT = path.resolve(import.meta.dirname, "../../extension");
const IN_PAGE = ["features", "runtime", "ui/tier-badge.tsx", "ui/tier-label.ts"];
const inPageKeys = new Set([...Object.keys(marks.en), ...Object.keys(gmail.en), ...Object.keys(alibaba.en)]);

function sources(entry: string): string[] {
	const full = path.join(ROOT, entry);
	if (statSync(full).isFile()) return [full];
	return readdirSync(full).flatMap((name) =>
		/\.test\.tsx?$/.test(name) ? [] : sources(path.join(entry, name)).filter((f) => /\.tsx?$/.test(f)),
	);
}

describe("in-page strings", () => {
	const files = IN_PAGE.flatMap(sources);

	it("finds the in-page code", () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files.map((file) => [path.relative(ROOT, file), file]))(
		"%s asks only for in-page keys",
		(_name, file) => {
			const text = readFileSync(file, "utf8");
			const literal = [...text.matchAll(/\bt\(\s*"([\w.]+)"/g)].map((m) => m[1] ?? "");
			const templated = [...text.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].map((m) => m[1] ?? "");
			const messageKeys = [...text.matchAll(/:\s*"((?:gmail|alibaba|tier)\.[\w.]+)"/g)].map(
				(m) => m[1] ?? "",
			);
			for (const key of [...literal, ...messageKeys]) expect(inPageKeys, key).toContain(key);
			for (const prefix of templated)
				expect(
					[...inPageKeys].some((k) => k.startsWith(prefix)),
					prefix,
				).toBe(true);
		},
	);
});
