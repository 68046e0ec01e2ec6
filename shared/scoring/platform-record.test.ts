import { describe, expect, it } from "vitest";
import { NOW } from "../../tests/shared/scoring-arbitraries";
import { buyerTypeFromBusinessTypes, industryFit, levelValue, platformActivity } from "./platform-record";
import { scoreCustomer } from "./score-customer";
import { scoringSettingsSchema, defaultScoringSettings as settings } from "./settings";
import type { ScoringInput } from "./types";

const lead = (platform: ScoringInput["platform"] = {}): ScoringInput => ({
	orders: [],
	interactions: [],
	inquiries: [],
	company: {},
	platform,
});
const score = (platform: ScoringInput["platform"]) => scoreCustomer(lead(platform), settings, NOW);

describe("a trade platform's own record of the buyer", () => {
	it("reads Alibaba's levels, L1 to L4 with the + steps", () => {
		expect([levelValue("L1"), levelValue("L1+"), levelValue("L3"), levelValue("L4")]).toEqual([
			0.25, 0.375, 0.75, 1,
		]);
		expect(levelValue("gold")).toBeNull();
		expect(levelValue(undefined)).toBeNull();
	});

	it("level, login days and replies raise potential; spam and blacklist marks lower it", () => {
		const base = { verifiedBuyer: true, yearsRegistered: 4 };
		const plain = score(base).potential;
		expect(
			score({ ...base, level: "L4", loginDays: 300, inquiriesPosted: 20, repliedInquiries: 20 }).potential,
		).toBeGreaterThan(plain);
		expect(score({ ...base, level: "L1", loginDays: 0 }).potential).toBeLessThan(plain);
		expect(score({ ...base, spamInquiries: 3, blacklistedBy: 1 }).potential).toBeLessThan(plain);
		expect(platformActivity({ spamInquiries: 50 }).penalty).toBe(0.5);
		expect(platformActivity({}).value).toBeNull();
	});

	it("business types name the buyer type when none is recorded; a recorded one wins", () => {
		expect(buyerTypeFromBusinessTypes(["Manufacturer", "Wholesaler"])).toBe("wholesaler");
		expect(buyerTypeFromBusinessTypes(["贸易公司"])).toBe("importer");
		expect(buyerTypeFromBusinessTypes(["Online Shop/Store"])).toBe("retailer");
		expect(buyerTypeFromBusinessTypes(["Manufacturer"])).toBeNull();
		const plain = score({ verifiedBuyer: true });
		const importer = score({ verifiedBuyer: true, businessTypes: ["Importer"] });
		expect(importer.potential).toBeGreaterThan(plain.potential);
		expect(importer.explanation.potential[0]?.detail).toBe(
			"Importer (the platform's business types: Importer)",
		);
		expect(score({ verifiedBuyer: true, businessTypes: ["Individual"] }).potential).toBeLessThan(
			plain.potential,
		);
		const recorded = scoreCustomer(
			{ ...lead({ businessTypes: ["Individual"] }), company: { buyerType: "brand_owner" } },
			settings,
			NOW,
		);
		expect(recorded.explanation.potential[0]?.detail).toBe("Brand owner");
		// Nothing that maps: the buyer type stays unknown (neutral, and listed as missing).
		expect(score({ verifiedBuyer: true, businessTypes: ["Manufacturer"] })).toEqual(plain);
	});

	it("preferred industries count only against the industries the team sells into", () => {
		expect(industryFit(["Lights & Lighting", "Home & Garden"], ["lights and lighting"])?.matched).toEqual([
			"Lights & Lighting",
		]);
		expect(industryFit(["Lights & Lighting"], ["Lighting"])?.matched).toEqual(["Lights & Lighting"]);
		expect(industryFit(["Apparel"], ["Lighting"])?.matched).toEqual([]);
		expect(industryFit(["Apparel"], [])).toBeNull();
		expect(industryFit(undefined, ["Lighting"])).toBeNull();
		const ours = scoringSettingsSchema.parse({ potential: { industries: ["Lights & Lighting"] } });
		const with_ = (preferredIndustries: string[]) =>
			scoreCustomer(lead({ verifiedBuyer: true, preferredIndustries }), ours, NOW);
		const match = with_(["Lights & Lighting"]);
		const other = with_(["Apparel & Accessories"]);
		expect(match.potential).toBeGreaterThan(other.potential);
		const platform = (s: typeof match) => s.explanation.potential.find((f) => f.factor === "platform");
		expect(platform(match)?.detail).toContain("prefers industries we sell into (Lights & Lighting)");
		expect(platform(other)?.detail).toContain("prefers industries we do not sell into");
		// Without the team's industries, they are shown, and change nothing.
		expect(score({ verifiedBuyer: true, preferredIndustries: ["Apparel"] }).potential).toBe(
			score({ verifiedBuyer: true }).potential,
		);
	});

	it("explains every platform signal it uses, in words and as messages", () => {
		const s = score({
			level: "L3",
			inquiriesPosted: 12,
			repliedInquiries: 9,
			loginDays: 120,
			typicallyReplies: true,
			interactiveUser: true,
			tradeAssuranceOrders: 2,
			tradeAssuranceAmount: 15000,
			spamInquiries: 1,
			blacklistedBy: 2,
		});
		const platform = s.explanation.potential.find((f) => f.factor === "platform");
		expect(platform?.detail).toBe(
			"Level L3, 12 inquiries/RFQs posted, replied to 9 of 12 inquiries, logged in on 120 days, typically replies, interactive user, 2 Trade Assurance orders with us ($15,000), inquiries marked as spam by suppliers: 1, blacklisted by suppliers: 2",
		);
		expect([platform?.message, ...(platform?.notes ?? [])].map((m) => m?.key)).toEqual([
			"scoring.platform.level",
			"scoring.platform.posted",
			"scoring.platform.replied",
			"scoring.platform.loginDays",
			"scoring.platform.typicallyReplies",
			"scoring.platform.interactive",
			"scoring.platform.tradeAssuranceAmount",
			"scoring.platform.spam",
			"scoring.platform.blacklisted",
		]);
	});

	it("Trade Assurance orders with the seller feed current value when no orders are recorded", () => {
		const none = score({});
		const ta = score({
			tradeAssuranceOrders: 3,
			tradeAssuranceAmount: 48250.5,
			tradeAssuranceDaysSinceLastOrder: 41,
		});
		expect(ta.current).toBeGreaterThan(none.current);
		// Orders recorded in Tierline win over the platform's summary.
		const recorded = scoreCustomer(
			{
				...lead({ tradeAssuranceOrders: 3, tradeAssuranceAmount: 48250.5 }),
				orders: [{ amount: 100, currency: "USD", date: new Date(NOW).toISOString().slice(0, 10) }],
			},
			settings,
			NOW,
		);
		expect(recorded.current).toBeLessThan(ta.current);
	});
});
