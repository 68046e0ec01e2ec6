import { describe, expect, it } from "vitest";
import { plainName } from "./display-text";

describe("plainName", () => {
	it("drops bidi overrides, isolates, marks and zero-width characters", () => {
		expect(plainName("\u202eemca\u202c Ltd")).toBe("emca Ltd");
		expect(plainName("Ac\u200bme\u2066 Co\u2069\ufeff")).toBe("Acme Co");
		expect(plainName("\u200f\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u0648\u0631\u200e")).toBe(
			"\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u0648\u0631",
		);
	});
	it("keeps ordinary text, Chinese and Arabic as they are", () => {
		expect(plainName(" 宁波阀门有限公司 ")).toBe("宁波阀门有限公司");
		expect(plainName("مصنع النور")).toBe("مصنع النور");
	});
});
