import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/email/inquiries");
const run = promisify(execFile);

describe("npm run extract -- message.eml prints the inquiry", () => {
	it("prints `inquiry: {...}` with absent fields omitted", async () => {
		const { stdout } = await run("npx", ["tsx", "scripts/extract.ts", path.join(fixtures, "inquiry-zh.eml")]);
		const line = stdout.split("\n").find((l) => l.startsWith("inquiry: "));
		expect(JSON.parse(line?.slice("inquiry: ".length) ?? "null")).toEqual({
			quantity: 3000,
			unit: "套",
			incoterm: "FOB",
			port: "深圳",
			sampleRequest: true,
			catalogueOnly: false,
			quality: 84,
		});
		const newsletter = await run("npx", ["tsx", "scripts/extract.ts", path.join(fixtures, "newsletter.eml")]);
		expect(newsletter.stdout).not.toContain("inquiry:");
	}, 60_000);
});
