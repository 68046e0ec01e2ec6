/**
 * House conventions, checked rather than remembered:
 * - only extension/sites/ knows the page's DOM: nothing else calls querySelector(All), closest
 *   or matches (test files excepted: they set up their own documents);
 * - page data is never rendered as HTML: no innerHTML / outerHTML / insertAdjacentHTML /
 *   dangerouslySetInnerHTML anywhere in extension/, tests included;
 * - every in-page feature is one file in extension/features/, registered in the one list, with
 *   an id equal to its file name.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allFeatures } from "../../extension/features";
import type { Feature } from "../../extension/runtime/feature";

const root = path.resolve(import.meta.dirname, "../../extension");

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
	});
}

const files = sourceFiles(root).map((file) => ({
	file: path.relative(root, file),
	text: readFileSync(file, "utf8"),
}));

/** Line-numbered hits of a pattern, comments left out. */
function hits(text: string, pattern: RegExp): number[] {
	return text
		.split("\n")
		.flatMap((line, index) =>
			pattern.test(line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "")) ? [index + 1] : [],
		);
}

describe("site boundaries", () => {
	it("only extension/sites/ queries the page's DOM with selectors", () => {
		const offenders = files
			.filter(({ file }) => !file.startsWith(`sites${path.sep}`) && !/\.test\.tsx?$/.test(file))
			.flatMap(({ file, text }) =>
				hits(text, /\.(querySelector|querySelectorAll|closest|matches)\s*\(/).map(
					(line) => `${file}:${line}`,
				),
			);
		expect(offenders).toEqual([]);
	});

	it("nothing in extension/ sets HTML from strings", () => {
		const offenders = files.flatMap(({ file, text }) =>
			hits(text, /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b/).map(
				(line) => `${file}:${line}`,
			),
		);
		expect(offenders).toEqual([]);
	});

	it("sees the files it checks", () => {
		expect(files.some(({ file }) => file.startsWith(`sites${path.sep}gmail`))).toBe(true);
		expect(files.some(({ file }) => file.startsWith(`features${path.sep}`))).toBe(true);
		expect(hits("el.querySelector('a')", /\.(querySelector|closest)\s*\(/)).toEqual([1]);
	});
});

describe("features", () => {
	// A feature file default-exports defineFeature(...); helpers (no default feature) are fine too.
	const modules = import.meta.glob<{ default?: Feature }>(
		["../../extension/features/*.{ts,tsx}", "!../../extension/features/*.test.{ts,tsx}"],
		{ eager: true },
	);
	const featureFiles = Object.entries(modules)
		.filter(([file, module]) => !/\.test\.tsx?$/.test(file) && typeof module.default?.init === "function")
		.map(([file]) => path.basename(file).replace(/\.tsx?$/, ""));

	it("every feature file is registered once, under its file name", () => {
		expect(featureFiles.length).toBeGreaterThanOrEqual(4);
		expect(allFeatures.map((feature) => feature.id).sort()).toEqual([...featureFiles].sort());
	});

	it("feature files stay small", () => {
		for (const name of featureFiles) {
			const file = files.find(({ file }) => file.startsWith(`features${path.sep}${name}.`));
			expect(file?.text.split("\n").length ?? 0, name).toBeLessThan(150);
		}
	});
});
