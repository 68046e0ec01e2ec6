import "./country-names-table";
import { describe, expect, it } from "vitest";
import {
	internationalPhone,
	isMasked,
	parseAbsoluteDate,
	parseCount,
	parsePrice,
	parseQuantity,
	parseYears,
	toCountry,
} from "./values";

describe("values as Alibaba shows them", () => {
	it("reads quantities with their unit", () => {
		expect(parseQuantity("20 Set/Sets")).toEqual({ quantity: 20, unit: "Set/Sets" });
		expect(parseQuantity("5,000 Square Meter/Square Meters")).toEqual({
			quantity: 5000,
			unit: "Square Meter/Square Meters",
		});
		expect(parseQuantity("12,000 米")).toEqual({ quantity: 12000, unit: "米" });
		expect(parseQuantity("500件")).toEqual({ quantity: 500, unit: "件" });
		expect(parseQuantity("400")).toEqual({ quantity: 400 });
		expect(parseQuantity("Negotiable")).toBeNull();
	});

	it("reads prices and their currency", () => {
		expect(parsePrice("US $ 38.00 / Piece")).toEqual({ amount: 38, currency: "USD" });
		expect(parsePrice("USD 0.85/meter")).toEqual({ amount: 0.85, currency: "USD" });
		expect(parsePrice("8,5 EUR")).toEqual({ amount: 8.5, currency: "EUR" });
		expect(parsePrice("US $1,200-1,500")).toEqual({ amount: 1200, currency: "USD" });
		expect(parsePrice("AED 45")).toEqual({ amount: 45, currency: "AED" });
		expect(parsePrice("12")).toEqual({ amount: 12 });
	});

	it("reads counts and years", () => {
		expect(parseCount("Inquiries sent: 1,204")).toBe(1204);
		expect(parseCount("none")).toBeNull();
		expect(parseYears("6 years")).toBe(6);
		expect(parseYears("6年")).toBe(6);
		expect(parseYears("3 yrs")).toBe(3);
		expect(parseYears("Member since 2021", new Date(2026, 10, 22))).toBe(5);
		expect(parseYears("recently")).toBeNull();
	});

	it("reads absolute dates as local time and leaves relative ones alone", () => {
		expect(parseAbsoluteDate("2026-11-22 09:41")).toBe(new Date(2026, 10, 22, 9, 41).toISOString());
		expect(parseAbsoluteDate("2026年11月20日 14:22")).toBe(new Date(2026, 10, 20, 14, 22).toISOString());
		expect(parseAbsoluteDate("Nov 20, 2026")).toBe(new Date(2026, 10, 20).toISOString());
		expect(parseAbsoluteDate("20 Nov 2026 08:05")).toBe(new Date(2026, 10, 20, 8, 5).toISOString());
		expect(parseAbsoluteDate("2026-02-30")).toBeNull();
		expect(parseAbsoluteDate("17 minutes before")).toBeNull();
		expect(parseAbsoluteDate("17分钟前")).toBeNull();
	});

	it("tells masked values, and keeps international numbers without guessing", () => {
		expect(isMasked("a******@alnoor-trading.ae")).toBe(true);
		expect(isMasked("+971-50-***-4821")).toBe(true);
		expect(isMasked("138****8000")).toBe(true);
		expect(isMasked("ahmed@alnoor-trading.ae")).toBe(false);
		expect(internationalPhone("+971 50 123 4567")).toBe("+971501234567");
		expect(internationalPhone("0086-138-0013-8000")).toBe("+8613800138000");
		expect(internationalPhone("tel:+52 81 1234 5678")).toBe("+528112345678");
		expect(internationalPhone("https://wa.me/5218112345678")).toBe("+5218112345678");
		// No country prefix: the country would be a guess.
		expect(internationalPhone("050 123 4567")).toBeNull();
		expect(internationalPhone("+12")).toBeNull();
	});

	it("reads countries in English and Chinese", () => {
		expect(toCountry("United Arab Emirates")).toBe("AE");
		expect(toCountry("阿联酋")).toBe("AE");
		expect(toCountry("墨西哥")).toBe("MX");
		expect(toCountry("Mexico (MX)")).toBe("MX");
		expect(toCountry("UAE")).toBe("AE");
		expect(toCountry("Quantity Required")).toBeNull();
	});
});
