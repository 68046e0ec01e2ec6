import { describe, expect, it } from "vitest";
import { labelKey, matchBadge, matchLabel } from "./labels";

describe("labels of the English and Chinese seller interface", () => {
	it("matches a label alone, with a colon, in either language", () => {
		expect(matchLabel("Quantity Required")).toEqual({ kind: "quantity" });
		expect(matchLabel("Quantity Required:")).toEqual({ kind: "quantity" });
		expect(matchLabel("采购数量：")).toEqual({ kind: "quantity" });
		expect(matchLabel("Destination Country")).toEqual({ kind: "destination" });
		expect(matchLabel("目的国")).toEqual({ kind: "destination" });
		expect(matchLabel("BUYER PROFILE")).toEqual({ kind: "buyerSection" });
		expect(matchLabel("买家信息")).toEqual({ kind: "buyerSection" });
	});

	it("splits a label and its value sharing one text", () => {
		expect(matchLabel("Quantity Required: 20 Set/Sets")).toEqual({ kind: "quantity", inline: "20 Set/Sets" });
		expect(matchLabel("发布时间：17分钟前")).toEqual({ kind: "date", inline: "17分钟前" });
		expect(matchLabel("Quotes Left 8")).toEqual({ kind: "quotesLeft", inline: "8" });
		expect(matchLabel("Registered: 6 years")).toEqual({ kind: "years", inline: "6 years" });
	});

	it("does not take ordinary text for a label", () => {
		expect(matchLabel("Quantity is flexible for the first order")).toBeNull();
		expect(matchLabel("Namely, we need samples")).toBeNull();
		expect(matchLabel("Dear Sir/Madam,")).toBeNull();
	});

	it("knows the badges", () => {
		expect(matchBadge("Email Confirmed")).toBe("emailConfirmed");
		expect(matchBadge("邮箱已验证")).toBe("emailConfirmed");
		expect(matchBadge("Verified Buyer")).toBe("verified");
		expect(matchBadge("资深买家")).toBe("experienced");
		expect(matchBadge("Email")).toBeNull();
		expect(labelKey("  • Country/Region：")).toBe("country/region");
	});
});
