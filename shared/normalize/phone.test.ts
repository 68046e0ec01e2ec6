import { describe, expect, it } from "vitest";
import { normalizePhone, phoneCountry } from "./phone";

describe("normalizePhone", () => {
	it.each([
		["+86 138 0013 8000", undefined, "+8613800138000"],
		["+86-138-0013-8000", undefined, "+8613800138000"],
		["0086-138-0013-8000", undefined, "+8613800138000"],
		["0086 21 6888 8888", undefined, "+862168888888"],
		["+86 (0)21 6888 8888", undefined, "+862168888888"],
		["138 0013 8000", "CN", "+8613800138000"],
		["＋８６ １３８ ００１３ ８０００", undefined, "+8613800138000"],
		["+971 50 123 4567", undefined, "+971501234567"],
		["+971-4-321-1234", undefined, "+97143211234"],
		["050 123 4567", "AE", "+971501234567"],
		["+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", undefined, "+971501234567"],
		["(52) 55 1234 5678", "MX", "+525512345678"],
		["(52) 55 1234 5678", undefined, "+525512345678"],
		["+52 1 55 1234 5678", undefined, "+525512345678"],
		["55 1234 5678", "mx", "+525512345678"],
		["+1 (650) 253-0000 ext. 123", undefined, "+16502530000"],
		["tel:+16502530000", undefined, "+16502530000"],
		["011 44 20 7946 0958", "US", "+442079460958"],
		["+44 (0)20 7946 0958", undefined, "+442079460958"],
		["https://wa.me/8613800138000", undefined, "+8613800138000"],
		["wa.me/+971501234567?text=hi", undefined, "+971501234567"],
		["https://api.whatsapp.com/send?phone=525512345678&text=Hola", undefined, "+525512345678"],
		["https://api.whatsapp.com/send/?text=x&phone=971501234567", undefined, "+971501234567"],
	])("%s (%s) → %s", (raw, country, expected) => {
		expect(normalizePhone(raw, country)).toBe(expected);
	});

	it.each([
		["", undefined],
		["   ", undefined],
		["+86 123", undefined],
		["12345", "CN"],
		["+1 555", undefined],
		["138 0013 8000", undefined],
		["138 0013 8000", "ZZ"],
		["not a phone", "US"],
		["+999 123 456 789", undefined],
		["https://wa.me/123", undefined],
		["2024-01-02", "CN"],
	])("rejects %j (%s)", (raw, country) => {
		expect(normalizePhone(raw, country)).toBeNull();
	});
});

describe("phoneCountry", () => {
	it.each([
		["+8613800138000", "CN"],
		["+971501234567", "AE"],
		["+525512345678", "MX"],
		["+16502530000", "US"],
		["garbage", null],
	])("%s → %s", (e164, expected) => {
		expect(phoneCountry(e164)).toBe(expected);
	});
});
