import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n";
import { formatUnit } from "./format-unit";

afterEach(() => setLocale("en"));

describe("units in the UI language", () => {
	it("Chinese and Spanish units in the English panel", () => {
		expect(formatUnit("米")).toBe("meters");
		expect(formatUnit("套")).toBe("sets");
		expect(formatUnit("piezas")).toBe("pieces");
		expect(formatUnit("Piece/Pieces")).toBe("pieces");
		expect(formatUnit("Square Meter/Square Meters")).toBe("square meters");
	});

	it("English units in the Chinese panel; unknown ones as written", () => {
		setLocale("zh_CN");
		expect(formatUnit("pcs")).toBe("件");
		expect(formatUnit("Set/Sets")).toBe("套");
		expect(formatUnit("tons")).toBe("吨");
		expect(formatUnit("barrels")).toBe("barrels");
	});
});
