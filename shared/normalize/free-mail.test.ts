import { describe, expect, it } from "vitest";
import { isFreeMailDomain } from "./free-mail";

describe("isFreeMailDomain", () => {
	it.each([
		"gmail.com",
		"GMAIL.COM",
		"googlemail.com",
		"outlook.com",
		"hotmail.com",
		"hotmail.co.uk",
		"hotmail.fr",
		"live.com",
		"live.com.mx",
		"yahoo.com",
		"yahoo.com.mx",
		"yahoo.co.jp",
		"icloud.com",
		"aol.com",
		"gmx.de",
		"gmx.net",
		"mail.ru",
		"yandex.ru",
		"yandex.com.tr",
		"qq.com",
		"vip.qq.com",
		"163.com",
		"vip.163.com",
		"126.com",
		"sina.com",
		"sohu.com",
		"foxmail.com",
		"aliyun.com",
		"naver.com",
		"protonmail.com",
		"proton.me",
		"emirates.net.ae",
		"prodigy.net.mx",
		"user@Gmail.com",
	])("%s is free mail", (domain) => {
		expect(isFreeMailDomain(domain)).toBe(true);
	});

	it.each([
		"",
		"alnoor.ae",
		"abc-trading.co.uk",
		"factory.com.cn",
		"gmail.company.com",
		"mygmail.com",
		"qq.com.example.org",
		"alibaba.com",
		"google.com",
		"microsoft.com",
	])("%j is not free mail", (domain) => {
		expect(isFreeMailDomain(domain)).toBe(false);
	});
});
