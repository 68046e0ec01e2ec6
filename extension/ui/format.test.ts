import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n";
import { formatCountry, formatNumber, formatRelative } from "./format";

describe("formatCountry and formatNumber follow the UI language", () => {
	afterEach(() => setLocale("en"));

	it("names a region code in English and in Chinese", () => {
		setLocale("en");
		expect(formatCountry("DE")).toBe("Germany");
		expect(formatCountry("ae")).toBe("United Arab Emirates");
		setLocale("zh_CN");
		expect(formatCountry("DE")).toBe("德国");
	});

	it("leaves anything that is not a two-letter code as it came", () => {
		expect(formatCountry("Deutschland")).toBe("Deutschland");
		expect(formatCountry("D1")).toBe("D1");
	});

	it("groups digits", () => {
		setLocale("en");
		expect(formatNumber(12000)).toBe("12,000");
		expect(formatNumber(2.5)).toBe("2.5");
	});
});

describe("formatRelative", () => {
	afterEach(() => setLocale("en"));

	it("says just now under a minute, and counts beyond it", () => {
		const now = Date.parse("2026-03-01T12:00:00Z");
		setLocale("en");
		expect(formatRelative("2026-03-01T11:59:30Z", now)).toBe("just now");
		expect(formatRelative("2026-03-01T11:55:00Z", now)).toBe("5 minutes ago");
		setLocale("zh_CN");
		expect(formatRelative("2026-03-01T11:59:30Z", now)).toBe("刚刚");
		expect(formatRelative("2026-02-26T12:00:00Z", now)).toBe("3天前");
	});
});
