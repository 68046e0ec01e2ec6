import { readFileSync } from "node:fs";
import path from "node:path";
// @ts-expect-error addons-linter ships no type declarations; its API is the documented createInstance().run().
import addonsLinter from "addons-linter";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/lib/wrangler";

interface LintMessage {
	code: string;
	message: string;
	file?: string;
	line?: number;
	column?: number;
}

const PACKAGE = path.join(REPO_ROOT, ".output/firefox-mv3");

/**
 * Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`, which our code never uses;
 * Mozilla's linter flags the assignment in every bundle that contains Preact. A warning is
 * Preact's only when the flagged code is that branch (`….innerHTML=<x>.__html`).
 */
function isPreactInnerHtml(warning: LintMessage): boolean {
	if (warning.code !== "UNSAFE_VAR_ASSIGNMENT" || !warning.file || !warning.line) return false;
	const line = readFileSync(path.join(PACKAGE, warning.file), "utf8").split("\n")[warning.line - 1] ?? "";
	const column = warning.column ?? 0;
	return /^\W{0,2}\w+\.innerHTML=\w+\.__html/.test(line.slice(Math.max(0, column - 2), column + 40));
}

// Mozilla's add-on linter (what `web-ext lint` and addons.mozilla.org run), offline, on the
// built Firefox package.
describe("addons-linter on .output/firefox-mv3", () => {
	it("no errors, and no warnings from our own code", async () => {
		const linter = addonsLinter.createInstance({
			config: {
				_: [PACKAGE],
				logLevel: "fatal",
				stack: false,
				pretty: false,
				warningsAsErrors: false,
				metadata: false,
				output: "none",
				boring: false,
				selfHosted: false,
			},
			runAsBinary: false,
		});
		const result = (await linter.run()) as { errors: LintMessage[]; warnings: LintMessage[] };
		expect(result.errors).toEqual([]);
		expect(result.warnings.filter((warning) => !isPreactInnerHtml(warning))).toEqual([]);
	});
});
