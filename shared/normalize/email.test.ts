import { describe, expect, it } from "vitest";
import { emailDomain, normalizeEmail } from "./email";

describe("normalizeEmail", () => {
	it.each([
		["john@example.com", "john@example.com"],
		["  John.Smith@Example.COM ", "john.smith@example.com"],
		["mailto:Sales@ABC.com.cn", "sales@abc.com.cn"],
		["MAILTO:info@abc.de?subject=Hello%20there", "info@abc.de"],
		['"Smith, John" <John.Smith@Example.co.uk>', "john.smith@example.co.uk"],
		["张伟 <zhangwei@163.com>", "zhangwei@163.com"],
		["<buyer+rfq@trading.ae>", "buyer+rfq@trading.ae"],
		["(ahmed@alnoor.ae)", "ahmed@alnoor.ae"],
		["ventas@empresa.com.mx.", "ventas@empresa.com.mx"],
		["ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ", "abc@example.com"],
		["info@例子.中国", "info@例子.中国"],
		["info@xn--fsqu00a.xn--fiqs8s", "info@xn--fsqu00a.xn--fiqs8s"],
	])("%s → %s", (raw, expected) => {
		expect(normalizeEmail(raw)).toBe(expected);
	});

	it.each([
		"",
		"   ",
		"john",
		"john@",
		"@example.com",
		"john@example",
		"john@@example.com",
		"john@exa mple.com",
		"john..smith@example.com",
		".john@example.com",
		"john@-example.com",
		"john@example.c",
		"j***@gmail.com",
		"john@127.0.0.1",
		`${"a".repeat(65)}@example.com`,
	])("rejects %j", (raw) => {
		expect(normalizeEmail(raw)).toBeNull();
	});
});

describe("emailDomain", () => {
	it.each([
		["Ahmed@Sub.AlNoor.ae", "sub.alnoor.ae"],
		["Wang <wang@vip.163.com>", "vip.163.com"],
		["not-an-email", null],
	])("%s → %s", (raw, expected) => {
		expect(emailDomain(raw)).toBe(expected);
	});
});
