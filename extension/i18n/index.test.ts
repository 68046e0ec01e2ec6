import { describe, expect, it } from "vitest";
import enManifest from "../public/_locales/en/messages.json";
import zhManifest from "../public/_locales/zh_CN/messages.json";
import "./all-areas";
import { areas } from "./areas";
import { detectLocale, dictionaries, fill, getLocale, placeholders, setLocale, t } from "./index";

describe("dictionaries", () => {
	it("has every key in both languages, non-empty, with the same placeholders", () => {
		const enKeys = Object.keys(dictionaries.en).sort();
		expect(Object.keys(dictionaries.zh_CN).sort()).toEqual(enKeys);
		for (const key of enKeys) {
			const en = dictionaries.en[key] ?? "";
			const zh = dictionaries.zh_CN[key] ?? "";
			expect(en.trim(), key).not.toBe("");
			expect(zh.trim(), key).not.toBe("");
			expect(placeholders(zh), key).toEqual(placeholders(en));
		}
	});

	it("has no key defined by two areas", () => {
		const seen = new Map<string, number>();
		for (const area of areas) for (const key of Object.keys(area.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
		expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
	});

	it("localises the manifest in both languages", () => {
		expect(Object.keys(zhManifest).sort()).toEqual(Object.keys(enManifest).sort());
	});
});

describe("t", () => {
	it("translates into the current locale and fills placeholders", () => {
		setLocale("zh_CN");
		expect(getLocale()).toBe("zh_CN");
		expect(t("tier.platinum")).toBe("白金客户");
		expect(t("tier.title", { label: "S" })).toBe("客户等级：S");
		setLocale("en");
		expect(t("tier.title", { label: "Gold" })).toBe("Customer tier: Gold");
	});

	it("leaves unknown placeholders visible rather than blank", () => {
		expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
	});

	it("follows the browser: any Chinese means Simplified Chinese, anything else English", () => {
		expect(detectLocale("zh-CN")).toBe("zh_CN");
		expect(detectLocale("zh")).toBe("zh_CN");
		expect(detectLocale("en-GB")).toBe("en");
		expect(detectLocale(undefined)).toBe("en");
	});
});
