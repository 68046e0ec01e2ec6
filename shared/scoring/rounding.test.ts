import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundToTotal } from "./rounding";

describe("roundToTotal", () => {
	it("rounds parts so they add up to the rounded total", () => {
		expect(roundToTotal([33.4, 33.3, 33.3])).toEqual([34, 33, 33]);
		expect(roundToTotal([33.5, 33.5, 33.5])).toEqual([34, 34, 33]);
		expect(roundToTotal([12.5, 7.5, 0])).toEqual([13, 7, 0]);
		expect(roundToTotal([])).toEqual([]);
	});

	it("keeps each part within one of its value (property)", () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 10 }), (parts) => {
				const rounded = roundToTotal(parts);
				expect(rounded.reduce((a, b) => a + b, 0)).toBe(Math.round(parts.reduce((a, b) => a + b, 0)));
				rounded.forEach((r, i) => {
					expect(r === Math.floor(parts[i] as number) || r === Math.ceil(parts[i] as number)).toBe(true);
				});
			}),
		);
	});
});
