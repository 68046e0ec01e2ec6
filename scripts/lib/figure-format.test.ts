import { describe, expect, it } from "vitest";
import { formatFigure } from "./figure-format";

describe("formatFigure", () => {
	it("prints name, value and unit on one line", () => {
		expect(formatFigure({ name: "api.lookup.p50", value: 3.14259, unit: "ms" }, false)).toBe(
			"api.lookup.p50  3.14 ms",
		);
		expect(formatFigure({ name: "api.seed.customers", value: 100000, unit: "customers" }, false)).toBe(
			"api.seed.customers  100000 customers",
		);
		expect(formatFigure({ name: "ratio", value: 0.123456, unit: "x" }, false)).toBe("ratio  0.123 x");
		expect(formatFigure({ name: "rate", value: 512.345, unit: "captures/s" }, false)).toBe(
			"rate  512.3 captures/s",
		);
	});

	it("prints one JSON object with exactly name, value and unit", () => {
		const line = formatFigure({ name: "a", value: 1.5, unit: "ms" }, true);
		expect(JSON.parse(line)).toEqual({ name: "a", value: 1.5, unit: "ms" });
		expect(line).not.toContain("\n");
	});
});
