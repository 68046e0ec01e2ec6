import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n";
import { displayTierLabel, schemeOf } from "./tier-label";

afterEach(() => setLocale("en"));

describe("tier labels", () => {
	it("reads the team's scheme off the server's label", () => {
		expect(schemeOf("A")).toBe("letter");
		expect(schemeOf("Gold")).toBe("metal");
		expect(schemeOf(undefined)).toBe("metal");
	});

	it("shows the label in the user's language and the team's scheme", () => {
		expect(displayTierLabel("gold", "Gold")).toBe("Gold");
		setLocale("zh_CN");
		expect(displayTierLabel("gold", "Gold")).toBe("黄金客户");
		expect(displayTierLabel("platinum", "S")).toBe("S");
	});
});
