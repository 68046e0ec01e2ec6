import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureOperatorToken, parseDevVars } from "./dev-vars";

describe("parseDevVars", () => {
	it("reads keys, skips comments and blank lines, strips quotes", () => {
		const vars = parseDevVars("# c\n\nA=1\nB = \"two words\"\nC='x=y'\nbad line\n");
		expect(vars).toEqual({ A: "1", B: "two words", C: "x=y" });
	});
});

describe("ensureOperatorToken", () => {
	const tempFile = async () => path.join(await mkdtemp(path.join(os.tmpdir(), "devvars-")), ".dev.vars");

	it("creates the file with a random token, then keeps it", async () => {
		const file = await tempFile();
		const first = await ensureOperatorToken(file);
		expect(first.created).toBe(true);
		expect(first.token).toMatch(/^op_[0-9a-f]{48}$/);
		const second = await ensureOperatorToken(file);
		expect(second).toEqual({ token: first.token, created: false });
	});

	it("adds a token to an existing file without losing its other variables", async () => {
		const file = await tempFile();
		await writeFile(file, "OTHER=1");
		const { token, created } = await ensureOperatorToken(file);
		expect(created).toBe(true);
		expect(parseDevVars(await readFile(file, "utf8"))).toEqual({ OTHER: "1", OPERATOR_TOKEN: token });
	});
});
