import { describe, expect, it } from "vitest";
import { NOW } from "../../tests/shared/scoring-arbitraries";
import { levelValue, platformActivity } from "./platform-record";
import { scoreCustomer } from "./score-customer";
import { defaultScoringSettings as settings } from "./settings";
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

	it("a customer without these signals scores as before", () => {
		const before = score({ verifiedBuyer: true, emailConfirmed: true });
		expect(score({ verifiedBuyer: true, emailConfirmed: true, businessTypes: ["Importer"] })).toEqual(before);
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
