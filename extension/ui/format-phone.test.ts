import { describe, expect, it } from "vitest";
import { formatPhone } from "./format-phone";

describe("formatPhone", () => {
	it("groups E.164 numbers in international format", () => {
		expect(formatPhone("+886223456789")).toBe("+886 2 2345 6789");
		expect(formatPhone("+971501234567")).toBe("+971 50 123 4567");
		expect(formatPhone("+8613812345678")).toBe("+86 138 1234 5678");
		expect(formatPhone("+4930123456")).toBe("+49 30 123456");
	});

	it("regroups a number that came with other spacing", () => {
		expect(formatPhone("+971 (50) 123-4567")).toBe("+971 50 123 4567");
	});

	it("shows what it cannot read as it came", () => {
		expect(formatPhone("0501234567")).toBe("0501234567");
		expect(formatPhone("+1")).toBe("+1");
		expect(formatPhone("+ call me")).toBe("+ call me");
		expect(formatPhone("")).toBe("");
		expect(formatPhone("<b>+x</b>")).toBe("<b>+x</b>");
	});
});
