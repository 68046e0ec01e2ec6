import { describe, expect, it } from "vitest";
import { registrableDomain } from "./registrable-domain";

describe("registrableDomain", () => {
	it.each([
		["example.com", "example.com"],
		["WWW.Example.COM", "example.com"],
		["www.example.com.", "example.com"],
		["https://shop.abc-trading.co.uk/products?id=1", "abc-trading.co.uk"],
		["http://www.factory.com.cn:8080/", "factory.com.cn"],
		["mail.sales.factory.com.cn", "factory.com.cn"],
		["ventas@grupo.com.mx", "grupo.com.mx"],
		["Juan <juan@ventas.grupo.com.mx>", "grupo.com.mx"],
		["mailto:ahmed@alnoor.ae", "alnoor.ae"],
		["//cdn.brand.de/logo.png", "brand.de"],
		// IDN: Unicode and punycode spellings give the same ASCII key.
		["例子.中国", "xn--fsqu00a.xn--fiqs8s"],
		["http://www.例子.中国/about", "xn--fsqu00a.xn--fiqs8s"],
		["xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
		["münchen-export.de", "xn--mnchen-export-wob.de"],
		// Private suffixes separate companies that share a host.
		["acme.github.io", "acme.github.io"],
		["shop.acme.blogspot.com", "acme.blogspot.com"],
	])("%s → %s", (input, expected) => {
		expect(registrableDomain(input)).toBe(expected);
	});

	it.each([
		"",
		"   ",
		"localhost",
		"192.168.0.1",
		"http://10.0.0.1/admin",
		"http://[::1]:8080/",
		"co.uk",
		"com",
		"not a domain",
		"http://",
	])("rejects %j", (input) => {
		expect(registrableDomain(input)).toBeNull();
	});
});
