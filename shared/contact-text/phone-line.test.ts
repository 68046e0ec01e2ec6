import { describe, expect, it } from "vitest";
import { findNationalPhones, isPhoneLine } from "./phone-line";

describe("phones without a country code", () => {
	it("finds them as written", () => {
		expect(findNationalPhones("(555) 346-9947")).toEqual(["(555) 346-9947"]);
		expect(findNationalPhones("Tel. (601) 345 6789 ext 12")).toEqual(["(601) 345 6789"]);
		expect(findNationalPhones("手机：138 0013 8000")).toEqual(["138 0013 8000"]);
		expect(findNationalPhones("0574-8765 4321")).toEqual(["0574-8765 4321"]);
	});

	it("never a date, a price, a short number or part of an address", () => {
		expect(findNationalPhones("2016-03-14 and 14.03.2016")).toEqual([]);
		expect(findNationalPhones("MOQ 1,000 pcs at USD 2.85")).toEqual([]);
		expect(findNationalPhones("Room 12 34")).toEqual([]);
		expect(findNationalPhones("carlos.5553469947@andina.co")).toEqual([]);
	});

	it("tells a line that is only a phone number", () => {
		expect(isPhoneLine("(555) 346-9947")).toBe(true);
		expect(isPhoneLine("+1 (555) 346-9947")).toBe(true);
		expect(isPhoneLine("M. 555 346 9947")).toBe(true);
		expect(isPhoneLine("Call me at 555 346 9947 tomorrow")).toBe(false);
		expect(isPhoneLine("2016-03-14")).toBe(false);
	});
});
