import { describe, expect, it } from "vitest";
import { encodeGbk, encodeUtf16, encodeWindows1252, utf8WithBom } from "../../tests/support/encode-legacy";
import { charsetOf, decodeText, guessLegacyEncoding, TextDecodingError } from "./decode-text";

const CHINESE = "客户名称,邮箱,国家\n上海贸易有限公司,li@shtrade.cn,中国\n";
const GERMAN = "Company,Email,Country\nMüller GmbH,info@mueller.de,Österreich\nCafé Crème,x@cafe.fr,France\n";
const ASCII = "Company,Email\nAcme,ops@acme.com\n";

describe("decodeText", () => {
	it.each([
		["UTF-8 without BOM", new TextEncoder().encode(CHINESE), CHINESE, "utf-8", "detected"],
		["UTF-8 with BOM", utf8WithBom(CHINESE), CHINESE, "utf-8", "bom"],
		["UTF-16 LE with BOM", encodeUtf16(CHINESE, "le"), CHINESE, "utf-16le", "bom"],
		["UTF-16 BE with BOM", encodeUtf16(CHINESE, "be"), CHINESE, "utf-16be", "bom"],
		["GBK with Chinese headers", encodeGbk(CHINESE), CHINESE, "gb18030", "detected"],
		["Windows-1252 with Müller", encodeWindows1252(GERMAN), GERMAN, "windows-1252", "detected"],
		["pure ASCII", new TextEncoder().encode(ASCII), ASCII, "utf-8", "detected"],
	] as const)("%s", (_name, bytes, text, encoding, by) => {
		expect(decodeText(bytes)).toEqual({ text, encoding, by });
	});

	it("takes a declared charset (gbk names GB18030) and decodes it strictly", () => {
		expect(decodeText(encodeGbk("上海贸易有限公司"), "gbk")).toMatchObject({
			text: "上海贸易有限公司",
			encoding: "gb18030",
			by: "declared",
		});
		expect(decodeText(encodeWindows1252("Müller"), "windows-1252").text).toBe("Müller");
		expect(() => decodeText(encodeGbk("上海"), "utf-8")).toThrow(TextDecodingError);
		expect(() => decodeText(new Uint8Array([0x41]), "koi8-r")).toThrow(/charset "koi8-r" is not supported/);
	});

	it("lets a BOM win over a declared charset", () => {
		expect(decodeText(encodeUtf16("国家", "le"), "utf-8").text).toBe("国家");
	});

	it("accepts an ArrayBuffer and an empty body", () => {
		expect(decodeText(new TextEncoder().encode("a,b").buffer as ArrayBuffer).text).toBe("a,b");
		expect(decodeText(new Uint8Array()).text).toBe("");
	});
});

describe("guessLegacyEncoding", () => {
	it("reads paired high bytes as GB18030 and lone ones between letters as Windows-1252", () => {
		expect(guessLegacyEncoding(encodeGbk("联系人,电话,金额,币种,日期,订单号"))).toBe("gb18030");
		expect(guessLegacyEncoding(encodeWindows1252("Soluções São Paulo Müller Zoë"))).toBe("windows-1252");
		expect(guessLegacyEncoding(encodeWindows1252("naïve"))).toBe("windows-1252");
	});
});

describe("charsetOf", () => {
	it("reads the charset parameter of a Content-Type", () => {
		expect(charsetOf("text/csv; charset=gbk")).toBe("gbk");
		expect(charsetOf('text/csv;charset="UTF-16LE"')).toBe("UTF-16LE");
		expect(charsetOf("text/csv")).toBeUndefined();
		expect(charsetOf(undefined)).toBeUndefined();
	});
});
