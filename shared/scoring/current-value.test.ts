import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysAgo, inputArb, NOW } from "../../tests/shared/scoring-arbitraries";
import { computeBaseline } from "./baseline";
import { scoreCustomer } from "./score-customer";
import { defaultScoringSettings, type ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

const absolute: ScoringSettings = {
	...defaultScoringSettings,
	current: { ...defaultScoringSettings.current, mode: "absolute" },
	tiers: { ...defaultScoringSettings.tiers, mode: "absolute" },
};

const customer = (orders: ScoringInput["orders"]): ScoringInput => ({
	orders,
	interactions: [],
	inquiries: [],
	company: {},
	platform: {},
});

const revenue = (input: ScoringInput, settings = absolute) =>
	scoreCustomer(input, settings, NOW).explanation.revenue12mUsd;

describe("current value", () => {
	it("is 0 for a customer who never bought", () => {
		const score = scoreCustomer(customer([]), absolute, NOW);
		expect(score.current).toBe(0);
		expect(score.explanation.current.map((c) => c.detail)).toEqual([
			"No order yet",
			"0 orders in the last 12 months",
			"$0 in the last 12 months",
		]);
	});

	it("counts trailing-12-month revenue in USD, never mixing currencies", () => {
		const rate = defaultScoringSettings.fx.EUR?.at(-1)?.perUsd ?? 1;
		const input = customer([
			{ amount: 1000, currency: "USD", date: daysAgo(10) },
			{ amount: 1000 * rate, currency: "EUR", date: daysAgo(20) },
			{ amount: 5000, currency: "USD", date: daysAgo(400) },
		]);
		expect(revenue(input)).toBeCloseTo(2000, 1);
	});

	it("subtracts cancelled orders and negative amounts, never below 0", () => {
		const base = { currency: "USD", date: daysAgo(5) };
		expect(
			revenue(
				customer([
					{ ...base, amount: 1000 },
					{ ...base, amount: 300, cancelled: true },
				]),
			),
		).toBe(700);
		expect(
			revenue(
				customer([
					{ ...base, amount: 1000 },
					{ ...base, amount: -300, cancelled: true },
				]),
			),
		).toBe(700);
		expect(
			revenue(
				customer([
					{ ...base, amount: 1000 },
					{ ...base, amount: -250 },
				]),
			),
		).toBe(750);
		expect(
			revenue(
				customer([
					{ ...base, amount: 100 },
					{ ...base, amount: -900, cancelled: true },
				]),
			),
		).toBe(0);
	});

	it("leaves out orders in a currency without a rate and says so", () => {
		const score = scoreCustomer(
			customer([
				{ amount: 100, currency: "USD", date: daysAgo(3) },
				{ amount: 100, currency: "XYZ", date: daysAgo(3) },
			]),
			absolute,
			NOW,
		);
		expect(score.explanation.revenue12mUsd).toBe(100);
		expect(score.explanation.missing).toContain("fx:XYZ");
		expect(score.explanation.current[2]?.detail).toContain("XYZ left out");
	});

	it("scores revenue on a log scale in absolute mode", () => {
		const at = (amount: number) =>
			scoreCustomer(customer([{ amount, currency: "USD", date: daysAgo(0) }]), absolute, NOW).explanation
				.current[2]?.value ?? Number.NaN;
		expect(at(1_000)).toBeCloseTo(0.13, 2);
		expect(at(10_000)).toBeCloseTo(0.43, 2);
		expect(at(100_000)).toBeCloseTo(0.84, 2);
		expect(at(250_000)).toBe(1);
		expect(at(10_000_000)).toBe(1);
	});

	it("ranks against the team in percentile mode", () => {
		const team = [100, 1_000, 10_000, 100_000].map((amount) =>
			customer([{ amount, currency: "USD", date: daysAgo(30) }]),
		);
		const baseline = computeBaseline(team, defaultScoringSettings, NOW);
		const values = team.map(
			(input) => scoreCustomer(input, defaultScoringSettings, NOW, baseline).explanation,
		);
		expect(values.map((e) => e.current[2]?.value)).toEqual([0.25, 0.5, 0.75, 1]);
		expect(values[3]?.current[2]?.detail).toContain("at or above 100% of the team's buyers");
	});

	it("never falls when revenue grows (property, both modes)", () => {
		const teamInputs = fc.sample(inputArb, { numRuns: 60, seed: 7 });
		const baseline = computeBaseline(teamInputs, defaultScoringSettings, NOW);
		fc.assert(
			fc.property(
				inputArb,
				fc.double({ min: 0.01, max: 1e7, noNaN: true }),
				fc.integer({ min: 0, max: 364 }),
				(input, extra, age) => {
					const more = {
						...input,
						orders: [...input.orders, { amount: extra, currency: "USD", date: daysAgo(age) }],
					};
					for (const [settings, b] of [
						[absolute, null],
						[defaultScoringSettings, baseline],
					] as const) {
						const before = scoreCustomer(input, settings, NOW, b);
						const after = scoreCustomer(more, settings, NOW, b);
						expect(after.explanation.revenue12mUsd).toBeGreaterThanOrEqual(before.explanation.revenue12mUsd);
						expect(after.current).toBeGreaterThanOrEqual(before.current);
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it("never falls when an existing order is larger (property)", () => {
		fc.assert(
			fc.property(inputArb, fc.double({ min: 1, max: 10, noNaN: true }), (input, factor) => {
				const bigger = {
					...input,
					orders: input.orders.map((o) =>
						o.amount > 0 && !o.cancelled ? { ...o, amount: o.amount * factor } : o,
					),
				};
				expect(scoreCustomer(bigger, absolute, NOW).current).toBeGreaterThanOrEqual(
					scoreCustomer(input, absolute, NOW).current,
				);
			}),
			{ numRuns: 300 },
		);
	});
});
