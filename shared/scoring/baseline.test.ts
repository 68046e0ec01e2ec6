import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buyingTeam, inputArb, NOW } from "../../tests/shared/scoring-arbitraries";
import { BaselineBuilder, computeBaseline } from "./baseline";
import { buildCdf, rankIn } from "./cdf";
import { scoreCustomer } from "./score-customer";
import { scoreTeam } from "./score-team";
import { defaultScoringSettings as settings } from "./settings";

describe("BaselineBuilder", () => {
	it("streams a team page by page into the baseline scoreTeam computes", () => {
		const team = [...buyingTeam(300, 21), ...fc.sample(inputArb, { numRuns: 100, seed: 21 })];
		const { scores, baseline } = scoreTeam(team, settings, NOW, 4);
		const builder = new BaselineBuilder(settings, NOW);
		for (let page = 0; page < team.length; page += 50)
			for (const input of team.slice(page, page + 50)) builder.add(input);
		const streamed = builder.finish(4);
		expect(streamed).toEqual(baseline);
		expect(computeBaseline(team, settings, NOW)).toEqual({ ...baseline, settingsVersion: undefined });
		const stored = JSON.parse(JSON.stringify(streamed));
		team.forEach((input, i) => {
			expect(scoreCustomer(input, settings, NOW, stored, 4)).toEqual(scores[i]);
		});
	});

	it("gives an empty team an empty baseline that scores by the absolute cut-offs", () => {
		const baseline = computeBaseline([], settings, NOW);
		expect(baseline).toMatchObject({
			customers: 0,
			buyers: 0,
			cutoffs: { current: { current: 101 }, potential: { potential: 101 } },
		});
		const lead = { orders: [], interactions: [], inquiries: [], company: {}, platform: {} };
		expect(scoreCustomer(lead, settings, NOW, baseline).tier).toBe("lead");
	});
});

describe("Cdf", () => {
	it("is exact for few distinct values", () => {
		const cdf = buildCdf(Float64Array.from([1, 1, 2, 3, 3, 3, 10]));
		expect(cdf).toEqual({ x: [1, 2, 3, 10], p: [2 / 7, 3 / 7, 6 / 7, 1] });
		expect([0, 1, 3, 10, 11].map((v) => rankIn(cdf, v))).toEqual([0, 2 / 7, 6 / 7, 1, 1]);
		expect(rankIn(cdf, 0.5)).toBeCloseTo(1 / 7, 10);
	});

	it("stays small and monotone for many values (property)", () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0.01, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 3000 }),
				(values) => {
					const cdf = buildCdf(Float64Array.from(values).sort());
					expect(cdf.x.length).toBeLessThanOrEqual(257);
					expect(cdf.x.at(-1)).toBe(Math.max(...values));
					expect(cdf.p.at(-1)).toBe(1);
					const probes = [...values].sort((a, b) => a - b);
					for (let i = 1; i < probes.length; i++) {
						expect(rankIn(cdf, probes[i] as number)).toBeGreaterThanOrEqual(
							rankIn(cdf, probes[i - 1] as number),
						);
					}
				},
			),
			{ numRuns: 100 },
		);
	});
});
