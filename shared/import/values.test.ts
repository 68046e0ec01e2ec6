import { describe, expect, it } from "vitest";
import { parseAmount, parseCurrency, parseDate, parseFlag } from "./values";

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) =>
	p.ok ? p.value : `ERR ${p.message}`;

describe("parseDate", () => {
	it("keeps ISO dates and date-times as written", () => {
		expect(value(parseDate("2010-12-01"))).toBe("2010-12-01");
		expect(value(parseDate("2009-12-01T07:45:00"))).toBe("2009-12-01T07:45:00");
		expect(value(parseDate("2009-12-01 07:45"))).toBe("2009-12-01T07:45:00");
		expect(value(parseDate("2009/2/3"))).toBe("2009-02-03");
		expect(value(parseDate(" 2024-03-05T23:10:00+08:00 "))).toBe("2024-03-05T23:10:00");
	});

	it("refuses impossible, ambiguous and non-dates", () => {
		expect(value(parseDate("2023-02-30"))).toMatch(/not a real calendar date/);
		expect(value(parseDate("01/12/2010"))).toMatch(/ambiguous/);
		expect(value(parseDate("yesterday"))).toMatch(/not a date/);
		expect(value(parseDate(""))).toMatch(/not a date/);
		expect(value(parseDate("2010-12-01T25:00"))).toMatch(/impossible time/);
		expect(value(parseDate("1800-01-01"))).toMatch(/not a real calendar date/);
	});
});

describe("parseAmount", () => {
	it("reads plain, grouped, signed and accounting-negative amounts", () => {
		expect(value(parseAmount("505.30"))).toBe(505.3);
		expect(value(parseAmount("-22.5"))).toBe(-22.5);
		expect(value(parseAmount("1,234,567.89"))).toBe(1234567.89);
		expect(value(parseAmount("(12.50)"))).toBe(-12.5);
		expect(value(parseAmount(" 7 "))).toBe(7);
	});

	it("refuses what is not a plain number", () => {
		for (const bad of ["abc", "$12", "12,34", "1.2.3", "", "NaN", "1e400", "12 EUR"]) {
			expect(value(parseAmount(bad))).toMatch(/^ERR /);
		}
	});
});

describe("parseFlag and parseCurrency", () => {
	it("reads yes/no cells, empty as no", () => {
		expect(["true", "Yes", "1", "Y", "cancelled"].map((s) => value(parseFlag(s)))).toEqual([
			true,
			true,
			true,
			true,
			true,
		]);
		expect(["false", "no", "0", "", " N "].map((s) => value(parseFlag(s)))).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
		expect(value(parseFlag("maybe"))).toMatch(/not yes or no/);
	});

	it("upper-cases currency codes and refuses others", () => {
		expect(value(parseCurrency("gbp"))).toBe("GBP");
		expect(value(parseCurrency("£"))).toMatch(/not a currency code/);
		expect(value(parseCurrency("EURO"))).toMatch(/not a currency code/);
	});
});
