import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysAgo, inputArb, NOW } from "../../tests/shared/scoring-arbitraries";
import type { CompanySize } from "../schema/common";
import { inquiryQuality } from "./potential-value";
import { scoreCustomer } from "./score-customer";
import { defaultScoringSettings as settings } from "./settings";
import type { ScoringInput } from "./types";

const lead = (patch: Partial<ScoringInput> = {}): ScoringInput => ({
	orders: [],
	interactions: [],
	inquiries: [],
	company: {},
	platform: {},
	...patch,
});
const potential = (input: ScoringInput) => scoreCustomer(input, settings, NOW).potential;

describe("potential value", () => {
	it("reads an unknown size from purchases above an average buyer's, never below neutral", () => {
		const buying = (amount: number, size?: CompanySize) =>
			scoreCustomer(
				lead({ orders: [{ amount, currency: "USD", date: daysAgo(10) }], company: size ? { size } : {} }),
				settings,
				NOW,
			);
		const sizeOf = (amount: number, size?: CompanySize) =>
			buying(amount, size).explanation.potential.find((c) => c.factor === "companySize");
		// $250,000 full marks, knee at $1,000: $10,000 is 0.43 (below neutral: still unknown, still asked).
		expect(sizeOf(10_000)).toMatchObject({ value: 0.5, unknown: true });
		expect(buying(10_000).explanation.missing).toContain("companySize");
		expect(sizeOf(33_000)?.value).toBeCloseTo(0.64, 2);
		expect(sizeOf(33_000)?.unknown).toBeUndefined();
		expect(sizeOf(33_000)?.message).toEqual({
			key: "scoring.companySize.fromPurchases",
			params: { amountUsd: 33_000 },
		});
		expect(sizeOf(10_000_000)?.value).toBe(1);
		expect(sizeOf(10_000_000, "small")?.value).toBe(0.3); // a known size is a fact
		expect(buying(100_000).potential).toBeGreaterThan(buying(33_000).potential);
	});

	it("scores an unknown customer neutral and lists every missing signal", () => {
		const score = scoreCustomer(lead(), settings, NOW);
		expect(score.potential).toBe(50);
		expect(score.explanation.missing).toEqual([
			"buyerType",
			"companySize",
			"domain",
			"market",
			"inquiry",
			"engagement",
			"platform",
		]);
		expect(score.explanation.potential.every((c) => c.unknown && c.value === 0.5)).toBe(true);
		expect(score.explanation.potential[0]?.detail).toBe("Buyer type unknown: scored neutral");
	});

	it("raises potential for good facts and lowers it for poor ones", () => {
		expect(potential(lead({ company: { buyerType: "brand_owner" } }))).toBeGreaterThan(50);
		expect(potential(lead({ company: { buyerType: "individual" } }))).toBeLessThan(50);
		expect(
			potential(lead({ company: { corporateDomain: true, website: "https://acme.de" } })),
		).toBeGreaterThan(50);
		expect(potential(lead({ company: { corporateDomain: false } }))).toBeLessThan(50);
		expect(potential(lead({ company: { country: "US" } }))).toBeGreaterThan(50);
		expect(potential(lead({ platform: { verifiedBuyer: true, yearsRegistered: 6 } }))).toBeGreaterThan(50);
	});

	it("lets a generic catalogue or price-list request lower potential", () => {
		const specific = { quantity: 2000, targetPrice: 3.2, hasSpecifications: true, incoterm: "FOB" };
		expect(inquiryQuality({ genericRequest: true })).toBeLessThan(inquiryQuality({}));
		expect(inquiryQuality({ ...specific, genericRequest: true })).toBeLessThan(inquiryQuality(specific));
		expect(potential(lead({ inquiries: [{ genericRequest: true }] }))).toBeLessThan(potential(lead()));
		expect(potential(lead({ inquiries: [specific] }))).toBeGreaterThan(potential(lead()));
		const detail = scoreCustomer(lead({ inquiries: [{ genericRequest: true }] }), settings, NOW).explanation
			.potential[4];
		expect(detail?.detail).toContain("generic catalogue or price-list request");
	});

	it("uses the team's market weights, and the default weight for unlisted countries", () => {
		const custom = {
			...settings,
			potential: { ...settings.potential, marketWeights: { BR: 100 }, defaultMarketWeight: 0 },
		};
		const br = scoreCustomer(lead({ company: { country: "br" } }), custom, NOW).explanation.potential[3];
		const us = scoreCustomer(lead({ company: { country: "US" } }), custom, NOW).explanation.potential[3];
		expect([br?.value, us?.value]).toEqual([1, 0]);
		expect(br?.detail).toBe("Market BR (weight 100)");
	});

	it("never falls when signals improve (property)", () => {
		fc.assert(
			fc.property(
				inputArb,
				fc.subarray(
					IMPROVEMENTS.map((_, i) => i),
					{ minLength: 1 },
				),
				(input, picks) => {
					let better = structuredClone(input);
					for (const i of picks) better = (IMPROVEMENTS[i] as Improvement)(better);
					expect(potential(better)).toBeGreaterThanOrEqual(potential(input));
				},
			),
			{ numRuns: 500 },
		);
	});
});

type Improvement = (input: ScoringInput) => ScoringInput;
const SIZES: CompanySize[] = ["micro", "small", "medium", "large", "enterprise"];
const inbound = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		source: "gmail",
		kind: "email",
		direction: "inbound" as const,
		date: daysAgo(i),
	}));

/** Better news for one signal: unknown → at least neutral, known → better. */
const IMPROVEMENTS: Improvement[] = [
	(x) => ({
		...x,
		company: { ...x.company, buyerType: x.company.buyerType ? x.company.buyerType : "brand_owner" },
	}),
	(x) => ({ ...x, company: { ...x.company, buyerType: "brand_owner" } }),
	(x) => {
		const at = x.company.size ? SIZES.indexOf(x.company.size) : SIZES.length - 1;
		return { ...x, company: { ...x.company, size: SIZES[Math.min(at + 1, SIZES.length - 1)] } };
	},
	(x) => ({ ...x, company: { ...x.company, corporateDomain: true } }),
	(x) => ({ ...x, company: { ...x.company, website: "https://buyer.example" } }),
	(x) => ({ ...x, company: { ...x.company, country: x.company.country ?? "US" } }),
	(x) => ({
		...x,
		inquiries:
			x.inquiries.length > 0
				? [...x.inquiries, { genericRequest: true }]
				: [{ quantity: 100, targetPrice: 2, hasSpecifications: true, incoterm: "CIF", sampleRequest: true }],
	}),
	(x) => ({
		...x,
		inquiries: x.inquiries.map((q) => ({ ...q, genericRequest: false, hasSpecifications: true })),
	}),
	(x) => ({ ...x, interactions: [...x.interactions, ...inbound(x.interactions.length > 0 ? 1 : 3)] }),
	(x) => ({ ...x, platform: { ...x.platform, verifiedBuyer: true, emailConfirmed: true } }),
	(x) => ({ ...x, platform: { ...x.platform, experiencedBuyer: true, completesOrdersViaPlatform: true } }),
	(x) => ({
		...x,
		platform: { ...x.platform, yearsRegistered: Math.max(3, (x.platform.yearsRegistered ?? 0) + 1) },
	}),
	(x) => ({ ...x, platform: { ...x.platform, inquiriesPosted: (x.platform.inquiriesPosted ?? 5) + 3 } }),
];
