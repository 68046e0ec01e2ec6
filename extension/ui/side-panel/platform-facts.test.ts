import "../../i18n/all-areas";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../i18n";
import { platformFacts } from "./platform-facts";

const card = {
	level: "L3",
	tradeAssuranceOrders: 2,
	tradeAssuranceAmount: 15000,
	inquiriesPosted: 12,
	repliedInquiries: 9,
	loginDays: 120,
	businessTypes: ["Wholesaler", "Importer"],
	preferredIndustries: ["Lights & Lighting", "Home & Garden"],
	spamInquiries: 1,
};

describe("what the platform says about the page's buyer", () => {
	afterEach(() => setLocale("en"));

	it("in the explanation's words, in English", () => {
		setLocale("en");
		const [level, tradeAssurance, ...rest] = platformFacts(card);
		expect(level).toBe("Level L3");
		expect(tradeAssurance).toMatch(/^2 Trade Assurance orders with us \(.*15,000.*\)$/);
		expect(rest).toEqual([
			"Replied to 9 of 12 inquiries",
			"Logged in on 120 days",
			"Business type: Wholesaler / Importer",
			"Preferred industries: Lights & Lighting, Home & Garden",
			"Inquiries marked as spam by suppliers: 1",
		]);
	});

	it("in Simplified Chinese, and nothing when the page showed nothing", () => {
		setLocale("zh_CN");
		expect(platformFacts(card)).toContain("业务类型：Wholesaler / Importer");
		expect(platformFacts(card)).toContain("偏好行业：Lights & Lighting、Home & Garden");
		expect(platformFacts({})).toEqual([]);
		expect(platformFacts(undefined)).toEqual([]);
	});
});
