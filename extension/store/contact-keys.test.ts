import { describe, expect, it } from "vitest";
import { contactKeysOf } from "./contact-keys";

describe("contactKeysOf", () => {
	it("each name lower-cased, and its words", () => {
		expect(contactKeysOf(["陈志明", "Zhang  Wei", " Ana Souza "])).toEqual([
			"陈志明",
			"zhang wei",
			"zhang",
			"wei",
			"ana souza",
			"ana",
			"souza",
		]);
	});

	it("no blanks, no repeats", () => {
		expect(contactKeysOf(["", "  ", "Wei", "wei"])).toEqual(["wei"]);
		expect(contactKeysOf([])).toEqual([]);
	});
});
