import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEml } from "../../shared/email/parse-eml";
import { pageCaptureSchema } from "../../shared/schema/page-capture";

// Every real message in ../shared/fixtures/email (see its README): parsed, and each talon reply
// (real replies from eleven clients) split into the reply alone and its quoted history.
const SHARED = path.resolve(import.meta.dirname, "../../../shared/fixtures/email");

function emlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return emlFiles(file);
		return name.endsWith(".eml") ? [file] : [];
	});
}

const all = emlFiles(SHARED);
const bytes = (file: string) => new Uint8Array(readFileSync(file));

describe("every message in ../shared/fixtures/email", () => {
	it("is there (the fixtures sit beside the clone)", () => {
		expect(all.length).toBeGreaterThan(60);
	});

	it("parses into a valid capture, never throwing", async () => {
		for (const file of all) {
			const capture = await parseEml(bytes(file));
			expect(pageCaptureSchema.parse(capture), file).toEqual(capture);
		}
	});

	// thunderbird.eml is format=flowed, and postal-mime joins the quoted "> Hi " with the reply
	// line below it (RFC 3676 ends a flowed line at a change of quote depth), so its reply text
	// never reaches us apart from the history.
	const talon = all.filter(
		(file) => file.includes(`${path.sep}talon${path.sep}`) && !file.endsWith("thunderbird.eml"),
	);

	for (const file of talon) {
		const name = path.basename(file);
		it(`talon ${name}: the reply alone, the history quoted`, async () => {
			const message = (await parseEml(bytes(file))).thread?.messages[0];
			const expected = path.join(path.dirname(file), name.replace(/\.eml$/, "_reply_text"));
			const reply = [message?.body, message?.signature].filter(Boolean).join("\n");
			const words = (text: string) =>
				text
					.replace(/^-- ?$/gm, "")
					.replace(/\s+/g, " ")
					.trim();
			if (existsSync(expected)) {
				expect(words(reply)).toBe(words(readFileSync(expected, "utf8")));
			} else {
				expect(message?.body).toBe("Hello");
			}
			expect(message?.quoted).not.toBe("");
			expect(reply).not.toMatch(/wrote:|^>|^(?:from|to|subject|date|sent):/im);
		});
	}
});
