import { describe, expect, it } from "vitest";
import { identityKeys } from "./identity-keys";

describe("identityKeys", () => {
	it("takes email, company domain, phones and buyer id", () => {
		expect(
			identityKeys({
				email: "Ahmed Al Mansoori <Ahmed@Sales.AlNoor.ae>",
				website: "https://www.alnoor.ae/contact",
				phone: "+971 50 123 4567",
				whatsapp: "https://wa.me/971501234567",
				buyerId: "  AB12345XYZ ",
			}),
		).toEqual([
			{ kind: "email", value: "ahmed@sales.alnoor.ae" },
			{ kind: "domain", value: "alnoor.ae" },
			{ kind: "phone", value: "+971501234567" },
			{ kind: "buyer_id", value: "ab12345xyz" },
		]);
	});

	it("never keys on a free-mail domain", () => {
		expect(identityKeys({ email: "buyer2024@gmail.com", domain: "yahoo.com.mx" })).toEqual([
			{ kind: "email", value: "buyer2024@gmail.com" },
		]);
	});

	it("never keys on a trade platform or social network page", () => {
		expect(
			identityKeys({ website: "https://abcfactory.en.alibaba.com/", domain: "www.linkedin.com/company/abc" }),
		).toEqual([]);
	});

	it("keeps a company website when the email is free mail", () => {
		expect(identityKeys({ email: "zhangwei@163.com", website: "www.factory.com.cn" })).toEqual([
			{ kind: "email", value: "zhangwei@163.com" },
			{ kind: "domain", value: "factory.com.cn" },
		]);
	});

	it("uses the default country for national numbers and keeps distinct phones", () => {
		expect(
			identityKeys({ phone: "55 1234 5678", whatsapp: "+52 1 55 8765 4321", defaultCountry: "MX" }),
		).toEqual([
			{ kind: "phone", value: "+525512345678" },
			{ kind: "phone", value: "+525587654321" },
		]);
	});

	it("skips invalid parts and empty input", () => {
		expect(identityKeys({})).toEqual([]);
		expect(identityKeys({ email: "nope", domain: "localhost", phone: "123", buyerId: "   " })).toEqual([]);
	});
});
