import { describe, expect, it } from "vitest";
import { defaultFxTable } from "./default-fx-table";
import { fxTableSchema, toUsd, UnknownCurrencyError } from "./fx";

describe("toUsd", () => {
	const fx = fxTableSchema.parse({
		EUR: [
			{ since: "2024-01-01", perUsd: 0.9 },
			{ since: "2020-01-01", perUsd: 0.8 },
		],
	});

	it("keeps USD as it is", () => {
		expect(toUsd(123.45, "USD", "2024-05-01", fx)).toBe(123.45);
		expect(toUsd(-10, "usd", "2024-05-01", fx)).toBe(-10);
	});

	it("uses the rate in force on the date", () => {
		expect(toUsd(90, "EUR", "2024-05-01", fx)).toBeCloseTo(100, 10);
		expect(toUsd(80, "EUR", "2023-12-31T23:59:00Z", fx)).toBeCloseTo(100, 10);
		expect(toUsd(90, "EUR", "2024-01-01", fx)).toBeCloseTo(100, 10);
	});

	it("uses the first rate for dates before the table starts, and reads lowercase codes", () => {
		expect(toUsd(8, "eur", "1999-01-01", fx)).toBeCloseTo(10, 10);
	});

	it("throws UnknownCurrencyError naming the currency", () => {
		expect(() => toUsd(1, "XYZ", "2024-01-01", fx)).toThrow(UnknownCurrencyError);
		try {
			toUsd(1, "xyz", "2024-01-01", fx);
		} catch (error) {
			expect(error).toBeInstanceOf(UnknownCurrencyError);
			expect((error as UnknownCurrencyError).currency).toBe("XYZ");
			expect((error as Error).message).toContain("XYZ");
		}
		expect(() => toUsd(1, "constructor", "2024-01-01", fx)).toThrow(UnknownCurrencyError);
		expect(() => toUsd(1, "toString", "2024-01-01", {})).toThrow(UnknownCurrencyError);
	});

	it("converts every currency of the default table sensibly", () => {
		for (const code of ["USD", "EUR", "GBP", "CNY", "JPY", "HKD", "AED", "SAR", "MXN", "BRL", "INR", "AUD"]) {
			const usd = toUsd(1000, code, "2025-03-01", defaultFxTable);
			expect(usd, code).toBeGreaterThan(0.05);
			expect(usd, code).toBeLessThan(2000);
		}
		for (const code of ["CAD", "CHF", "KRW", "SGD", "TRY", "RUB", "ZAR"]) {
			expect(toUsd(1, code, "2010-06-01", defaultFxTable), code).toBeGreaterThan(0);
		}
		expect(toUsd(7.2, "CNY", "2024-06-01", defaultFxTable)).toBeCloseTo(1, 1);
		expect(toUsd(647, "GBP", "2010-06-01", defaultFxTable)).toBeCloseTo(1000, 0);
	});
});

describe("fxTableSchema", () => {
	it("sorts each currency's rates by date", () => {
		const fx = fxTableSchema.parse({
			GBP: [
				{ since: "2022-01-01", perUsd: 0.8 },
				{ since: "2010-01-01", perUsd: 0.65 },
			],
		});
		expect(fx.GBP?.map((r) => r.since)).toEqual(["2010-01-01", "2022-01-01"]);
	});

	it("rejects bad rates with their paths", () => {
		const result = fxTableSchema.safeParse({
			EUR: [
				{ since: "2024-01-01", perUsd: 0 },
				{ since: "2024-01-01", perUsd: 1 },
				{ since: "yesterday", perUsd: 1 },
			],
		});
		expect(result.success).toBe(false);
		const issues = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
		expect(issues).toContain("EUR.0.perUsd: perUsd must be above 0");
		expect(issues).toContain("EUR.2.since: since must be a date, YYYY-MM-DD");
	});

	it("rejects two rates on one date", () => {
		const result = fxTableSchema.safeParse({
			EUR: [
				{ since: "2024-01-01", perUsd: 0.9 },
				{ since: "2024-01-01", perUsd: 0.8 },
			],
		});
		expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
			["EUR.1.since", "two EUR rates on 2024-01-01"],
		]);
	});

	it("rejects currency codes that are not three capital letters", () => {
		expect(fxTableSchema.safeParse({ euro: [{ since: "2024-01-01", perUsd: 1 }] }).success).toBe(false);
		expect(fxTableSchema.safeParse({ EUR: [] }).success).toBe(false);
	});

	it("accepts the default table unchanged", () => {
		expect(fxTableSchema.parse(defaultFxTable)).toEqual(defaultFxTable);
	});
});
