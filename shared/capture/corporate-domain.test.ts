import { describe, expect, it } from "vitest";
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from "../normalize/free-mail-domains";
import { corporateDomain } from "./corporate-domain";
import { isFreeMailHost } from "./free-mail-host";

describe("corporateDomain: the one definition", () => {
	it.each([
		["li@sales.acme.co.uk", "acme.co.uk"],
		["ahmed@Sales.AlNoor.ae", "alnoor.ae"],
		["https://www.factory.com.cn/about", "factory.com.cn"],
		["m.alfarsi@gulf-trading.ae", "gulf-trading.ae"],
		["a******@alnoor-trading.ae", "alnoor-trading.ae"],
		["s*****@ramirezcastillo.com.mx", "ramirezcastillo.com.mx"],
		["sales@例子.中国", "xn--fsqu00a.xn--fiqs8s"],
		["sales@xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
		["info@münchen-export.de", "xn--mnchen-export-wob.de"],
		["shop.brand.blogspot.com", "brand.blogspot.com"],
		["email@engage.redhat.com", "redhat.com"],
	])("%s → %s", (input, expected) => {
		expect(corporateDomain(input)).toBe(expected);
	});

	it.each([
		"c@outlook.fr",
		"buyer@gmail.com",
		"x@hotmail.co.uk",
		"x@yahoo.com.mx",
		"x@mail.yahoo.com.mx",
		"x@live.com.mx",
		"x@gmx.de",
		"x@yandex.com.tr",
		"x@vip.163.com",
		"x@qq.com",
		"someone@alibaba.com",
		"feedback@service.alibaba.com",
		"a***@***.ae",
		"not a domain",
		"",
	])("%s has no corporate domain", (input) => {
		expect(corporateDomain(input)).toBeNull();
	});
});

/** The in-page rule reads the same tables without the public-suffix list: it must agree. */
describe("isFreeMailHost (in-page build) agrees with the full rule", () => {
	const variants = (domain: string) => [domain, `mail.${domain}`, `vip.${domain}`];
	const brandCountries = [
		"com",
		"fr",
		"de",
		"co.uk",
		"com.mx",
		"com.br",
		"co.jp",
		"com.tr",
		"ru",
		"es",
		"it",
		"ae",
	];

	it("on every table entry and its sub-domains", () => {
		for (const domain of FREE_MAIL_DOMAINS) {
			for (const host of variants(domain)) {
				expect([host, isFreeMailHost(`x@${host}`)]).toEqual([host, corporateDomain(`x@${host}`) === null]);
			}
		}
	});

	it("on every free-mail brand under common country suffixes", () => {
		for (const brand of FREE_MAIL_BRANDS) {
			for (const suffix of brandCountries) {
				const host = `${brand}.${suffix}`;
				expect([host, isFreeMailHost(host)]).toEqual([host, true]);
				expect([host, corporateDomain(host)]).toEqual([host, null]);
			}
		}
	});

	it.each([
		"acme.co.uk",
		"sales.acme.co.uk",
		"gulf-trading.ae",
		"factory.com.cn",
		"ramirezcastillo.com.mx",
		"outlook-trading.com",
		"myyahoo-shop.de",
		"redhat.com",
	])("%s is corporate in both", (host) => {
		expect(isFreeMailHost(host)).toBe(false);
		expect(corporateDomain(host)).not.toBeNull();
	});
});
