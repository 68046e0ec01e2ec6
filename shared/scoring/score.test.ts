import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buyingTeam, daysAgo, inputArb, NOW } from "../../tests/shared/scoring-arbitraries";
import { computeBaseline, MODEL_VERSION, scoreCustomer, scoreTeam } from "./index";
import { defaultScoringSettings as settings } from "./settings";
import type { CustomerScore, ScoringInput } from "./types";

const sum = (parts: Array<{ points: number }>) => parts.reduce((a, p) => a + p.points, 0);

function checkSums(score: CustomerScore) {
	expect(sum(score.explanation.current)).toBe(score.current);
	expect(sum(score.explanation.potential)).toBe(score.potential);
	expect(score.current).toBeGreaterThanOrEqual(0);
	expect(score.current).toBeLessThanOrEqual(100);
	expect(score.potential).toBeGreaterThanOrEqual(0);
	expect(score.potential).toBeLessThanOrEqual(100);
	for (const c of [...score.explanation.current, ...score.explanation.potential]) {
		expect(Number.isInteger(c.points)).toBe(true);
	}
}

describe("scoreCustomer and scoreTeam", () => {
	it("explain themselves: contributions add up to the score exactly (property)", () => {
		const baseline = computeBaseline(fc.sample(inputArb, { numRuns: 80, seed: 1 }), settings, NOW);
		fc.assert(
			fc.property(inputArb, (input) => {
				checkSums(scoreCustomer(input, settings, NOW, baseline));
				checkSums(scoreCustomer(input, settings, NOW));
			}),
			{ numRuns: 400 },
		);
	});

	it("are deterministic: same input, same output (property)", () => {
		fc.assert(
			fc.property(fc.array(inputArb, { minLength: 1, maxLength: 40 }), (team) => {
				const first = scoreTeam(team, settings, NOW, 3);
				const again = scoreTeam(structuredClone(team), settings, new Date(NOW.getTime()), 3);
				expect(again).toEqual(first);
			}),
			{ numRuns: 60 },
		);
	});

	it("re-score one customer from the stored baseline exactly as the team pass did (property)", () => {
		fc.assert(
			fc.property(fc.array(inputArb, { minLength: 1, maxLength: 60 }), (team) => {
				const { scores, baseline } = scoreTeam(team, settings, NOW, 7);
				const stored = JSON.parse(JSON.stringify(baseline));
				team.forEach((input, i) => {
					expect(scoreCustomer(input, settings, NOW, stored, 7)).toEqual(scores[i]);
				});
			}),
			{ numRuns: 60 },
		);
	});

	it("keep percentile cut-offs in a JSON-serialisable baseline", () => {
		const { scores, baseline } = scoreTeam(buyingTeam(1000, 4), settings, NOW);
		expect(JSON.parse(JSON.stringify(baseline))).toEqual(baseline);
		expect(baseline).toMatchObject({
			modelVersion: MODEL_VERSION,
			customers: 1000,
			buyers: 1000,
			asOf: "2025-06-30",
		});
		expect(baseline.distributions.revenue.x.length).toBeLessThanOrEqual(300);
		const platinum = scores.filter((s) => s.tier === "platinum");
		expect(platinum.every((s) => s.explanation.thresholds.mode === "percentile")).toBe(true);
	});

	it("carry the model version and the settings version", () => {
		const score = scoreCustomer(buyingTeam(1, 1)[0] as ScoringInput, settings, NOW, null, 12);
		expect(score.modelVersion).toBe(MODEL_VERSION);
		expect(score.settingsVersion).toBe(12);
		expect(scoreCustomer(buyingTeam(1, 1)[0] as ScoringInput, settings, NOW).settingsVersion).toBe(0);
	});

	it("fall back to absolute cut-offs without a usable baseline (offline capture, old model)", () => {
		const input = buyingTeam(1, 2)[0] as ScoringInput;
		const baseline = computeBaseline(buyingTeam(100, 2), settings, NOW);
		const offline = scoreCustomer(input, settings, NOW);
		expect(offline.explanation.thresholds).toEqual({ current: 60, potential: 55, mode: "absolute" });
		expect(scoreCustomer(input, settings, NOW, { ...baseline, modelVersion: MODEL_VERSION + 1 })).toEqual(
			offline,
		);
		expect(scoreCustomer(input, settings, NOW, baseline).explanation.thresholds.mode).toBe("percentile");
	});
});

describe("a worked example (absolute mode)", () => {
	it("explains every point", () => {
		const absolute = {
			...settings,
			current: { ...settings.current, mode: "absolute" as const },
			tiers: { ...settings.tiers, mode: "absolute" as const },
		};
		const score = scoreCustomer(
			{
				orders: [
					{ amount: 20000, currency: "USD", date: daysAgo(40) },
					{ amount: 15000, currency: "USD", date: daysAgo(100) },
					{ amount: 2000, currency: "USD", date: daysAgo(100), cancelled: true },
				],
				interactions: [
					{ source: "gmail", kind: "email", direction: "inbound", date: daysAgo(10) },
					{ source: "gmail", kind: "email", direction: "outbound", date: daysAgo(9) },
				],
				inquiries: [{ quantity: 5000, targetPrice: 1.2, hasSpecifications: true }],
				company: { buyerType: "importer", country: "DE", corporateDomain: true },
				platform: {},
			},
			absolute,
			NOW,
			null,
			3,
		);
		const brief = (c: { factor: string; points: number; detail: string }) =>
			`${c.factor} ${c.points}: ${c.detail}`;
		expect(score.explanation.current.map(brief)).toEqual([
			// Money leads (model 4): 7 × 0.89 = 6.2, 7 × 0.43 = 3.0, 86 × 0.64 = 54.9 → 6 + 3 + 55 = 64.
			"recency 6: Last order 40 days ago",
			"frequency 3: 2 orders in the last 12 months",
			"revenue 55: $33,000 in the last 12 months",
		]);
		expect(score.explanation.potential.map(brief)).toEqual([
			"buyerType 17: Importer",
			// Size unknown, but $33,000 a year is 0.64 on the revenue scale, above neutral: 15 × 0.64 = 9.6.
			"companySize 10: Company size unknown; buys $33,000 a year from us: scored as a buyer that size",
			"domain 9: Corporate email domain, website unknown",
			"market 14: Market DE (weight 90)",
			"inquiry 11: Best inquiry scores 76 of 100 for specifics",
			"engagement 2: 1 buyer message in the last 90 days",
			"platform 7: Trade-platform profile unknown: scored neutral",
		]);
		expect(score).toMatchObject({ current: 64, potential: 70, tier: "platinum", settingsVersion: 3 });
		expect(score.explanation).toMatchObject({
			missing: ["platform"],
			nextSteps: [],
			revenue12mUsd: 33000,
		});
	});
});

describe("next steps", () => {
	const absolute = {
		...settings,
		current: { ...settings.current, mode: "absolute" as const },
		tiers: { ...settings.tiers, mode: "absolute" as const },
	};
	const base: ScoringInput = { orders: [], interactions: [], inquiries: [], company: {}, platform: {} };

	it("say how much more revenue would make an Iron customer Platinum", () => {
		const iron: ScoringInput = {
			...base,
			orders: [{ amount: 2000, currency: "USD", date: daysAgo(200) }],
			company: {
				buyerType: "brand_owner",
				size: "large",
				corporateDomain: true,
				website: "x.com",
				country: "US",
			},
		};
		const score = scoreCustomer(iron, absolute, NOW);
		expect(score.tier).toBe("iron");
		const step = score.explanation.steps[0];
		expect(step?.factor).toBe("revenue");
		expect(score.explanation.nextSteps[0]).toMatch(/^≈ \$[\d,]+ more orders in the next 90 days$/);
		const amount = step?.amountUsd ?? 0;
		const withOrder = (usd: number) =>
			scoreCustomer(
				{ ...iron, orders: [...iron.orders, { amount: usd, currency: "USD", date: daysAgo(0) }] },
				absolute,
				NOW,
			);
		expect(withOrder(amount).tier).toBe("platinum");
		expect(withOrder(amount * 0.9).tier).toBe("iron");
	});

	it("ask for the unknown facts that would lift a Gold customer's potential", () => {
		const gold: ScoringInput = {
			...base,
			orders: Array.from({ length: 12 }, (_, i) => ({
				amount: 30_000,
				currency: "USD",
				date: daysAgo(i * 30),
			})),
			company: { corporateDomain: false },
		};
		const score = scoreCustomer(gold, absolute, NOW);
		expect(score.tier).toBe("gold");
		expect(score.explanation.steps.map((s) => s.factor)).toContain("buyerType");
		expect(score.explanation.nextSteps).toContain("confirm the buyer type");
		expect(score.explanation.steps.length).toBeLessThanOrEqual(3);
	});

	it("offer both ways up to a Lead, and none to Platinum", () => {
		const lead = scoreCustomer({ ...base, company: { buyerType: "retailer" } }, absolute, NOW);
		expect(lead.tier).toBe("lead");
		expect(lead.explanation.steps[0]?.detail).toMatch(/more orders in the next 90 days|new order/);
		expect(lead.explanation.steps.length).toBeGreaterThan(1);
		const { scores } = scoreTeam(buyingTeam(200, 8), settings, NOW);
		for (const s of scores.filter((x) => x.tier === "platinum")) expect(s.explanation.steps).toEqual([]);
	});
});
