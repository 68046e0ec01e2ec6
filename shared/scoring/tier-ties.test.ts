import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buyingTeam, daysAgo, inputArb, NOW, withCopies } from "../../tests/shared/scoring-arbitraries";
import type { Tier } from "../schema/common";
import { computeBaseline } from "./baseline";
import { scoreCustomer } from "./score-customer";
import { scoreTeam } from "./score-team";
import { defaultScoringSettings, type ScoringSettings } from "./settings";
import type { CustomerScore, ScoringInput } from "./types";

const settingsArb: fc.Arbitrary<ScoringSettings> = fc
	.record({
		platinumPercent: fc.integer({ min: 0, max: 50 }),
		goldPercent: fc.integer({ min: 0, max: 80 }),
		tierMode: fc.constantFrom("percentile" as const, "absolute" as const),
		currentMode: fc.constantFrom("percentile" as const, "absolute" as const),
	})
	.map(({ platinumPercent, goldPercent, tierMode, currentMode }) => ({
		...defaultScoringSettings,
		current: { ...defaultScoringSettings.current, mode: currentMode },
		tiers: { ...defaultScoringSettings.tiers, mode: tierMode, platinumPercent, goldPercent },
	}));

/** Tier of every customer, grouped by the customer it is a copy of. */
function tiersByOriginal(original: number[], tiers: Tier[]): Map<number, Set<Tier>> {
	const groups = new Map<number, Set<Tier>>();
	original.forEach((o, i) => {
		const set = groups.get(o) ?? new Set<Tier>();
		set.add(tiers[i] as Tier);
		groups.set(o, set);
	});
	return groups;
}

describe("customers with identical inputs", () => {
	it("always get identical tiers: team pass, stored baseline and streamed baseline (property)", () => {
		fc.assert(
			fc.property(
				fc.array(inputArb, { minLength: 1, maxLength: 30 }),
				fc.integer(),
				settingsArb,
				(team, seed, settings) => {
					const { inputs, original } = withCopies(team, 4, seed);
					const { scores, baseline } = scoreTeam(inputs, settings, NOW);
					const stored = JSON.parse(JSON.stringify(baseline));
					const streamed = computeBaseline(inputs, settings, NOW);
					const single = inputs.map((input) => scoreCustomer(input, settings, NOW, stored).tier);
					const fromStreamed = inputs.map((input) => scoreCustomer(input, settings, NOW, streamed).tier);
					for (const tiers of [scores.map((s) => s.tier), single, fromStreamed]) {
						for (const set of tiersByOriginal(original, tiers).values()) expect(set.size).toBe(1);
					}
				},
			),
			{ numRuns: 80 },
		);
	});
});

/** Customers in tiers `inside`, and the biggest group of copies outside them that leads the rest on `key`. */
function shortfallCheck(
	scores: CustomerScore[],
	original: number[],
	among: (s: CustomerScore) => boolean,
	inside: (s: CustomerScore) => boolean,
	key: (s: CustomerScore) => number,
	want: number,
): void {
	const candidates = scores.map((s, i) => ({ s, o: original[i] as number })).filter((c) => among(c.s));
	const got = candidates.filter((c) => inside(c.s)).length;
	expect(got).toBeLessThanOrEqual(want);
	if (got === want) return;
	// Short of the target: exactly because one group of identical customers stayed out whole, and it is
	// the next in line (no customer left out stands above it).
	const out = candidates.filter((c) => !inside(c.s));
	const best = Math.max(...out.map((c) => key(c.s)));
	const sizes = new Map<number, number>();
	for (const c of out) if (key(c.s) === best) sizes.set(c.o, (sizes.get(c.o) ?? 0) + 1);
	expect(Math.max(...sizes.values())).toBeGreaterThan(want - got);
}

describe("percentile tiers with ties", () => {
	it("never exceed a target, and fall short only by one tie kept out whole (property)", () => {
		fc.assert(
			fc.property(fc.integer({ min: 10, max: 300 }), fc.integer(), (distinct, seed) => {
				const { inputs, original } = withCopies(buyingTeam(distinct, seed), 12, seed);
				const { scores } = scoreTeam(inputs, defaultScoringSettings, NOW);
				const n = inputs.length;
				const high = (s: CustomerScore) => s.tier === "platinum" || s.tier === "gold";
				// Everyone in buyingTeam bought this year, so the current split ranks the whole team.
				shortfallCheck(
					scores,
					original,
					() => true,
					high,
					(s) => s.current,
					Math.round(n * 0.2),
				);
				const platinum = (s: CustomerScore) => s.tier === "platinum";
				const highCount = scores.filter(high).length;
				const wantPlatinum = Math.min(Math.round(n * 0.05), highCount);
				shortfallCheck(scores, original, high, platinum, (s) => s.potential, wantPlatinum);
			}),
			{ numRuns: 40 },
		);
	});

	it("do not split a team where everybody ties: nobody stands out, so nobody is promoted", () => {
		const buyer = buyingTeam(1, 1)[0] as ScoringInput;
		const quiet: ScoringInput = { orders: [], interactions: [], inquiries: [], company: {}, platform: {} };
		for (const one of [buyer, quiet]) {
			const team = Array.from({ length: 50 }, () => structuredClone(one));
			const { scores, baseline } = scoreTeam(team, defaultScoringSettings, NOW);
			expect(new Set(scores.map((s) => s.tier))).toEqual(new Set(["lead"]));
			const stored = JSON.parse(JSON.stringify(baseline));
			expect(scoreCustomer(one, defaultScoringSettings, NOW, stored).tier).toBe("lead");
		}
	});

	it("keep a tie across the Iron cut-off in Lead (a dormant ledger with one dominant market)", () => {
		// No orders in the last year and only the market known: 95 British customers tie, 5 American stand out.
		const inCountry = (country: string): ScoringInput => ({
			orders: [{ amount: 500, currency: "GBP", date: "2010-06-01" }],
			interactions: [],
			inquiries: [],
			company: { country },
			platform: {},
		});
		const team = [
			...Array.from({ length: 95 }, () => inCountry("GB")),
			...[1, 2, 3, 4, 5].map(() => inCountry("US")),
		];
		const { scores, baseline } = scoreTeam(team, defaultScoringSettings, NOW);
		expect(scores.slice(0, 95).every((s) => s.tier === "lead")).toBe(true);
		expect(scores.slice(95).every((s) => s.tier === "iron")).toBe(true);
		const stored = JSON.parse(JSON.stringify(baseline));
		expect(scoreCustomer(inCountry("GB"), defaultScoringSettings, NOW, stored).tier).toBe("lead");
		expect(scoreCustomer(inCountry("US"), defaultScoringSettings, NOW, stored).tier).toBe("iron");
	});

	it("keep a tie across the high-current cut-off out of Gold and Platinum", () => {
		// 100 customers: the top 20% are wanted; 10 clear buyers, then 20 identical ones straddle the cut-off.
		const buyer = (amount: number, orders: number, lastDaysAgo: number): ScoringInput => ({
			orders: Array.from({ length: orders }, (_, k) => ({
				amount,
				currency: "USD",
				date: daysAgo(lastDaysAgo + k * 30),
			})),
			interactions: [],
			inquiries: [],
			company: {},
			platform: {},
		});
		const distinct = Array.from({ length: 10 }, (_, i) => buyer(50_000 + i * 1000, 10, i));
		const same = buyer(800, 1, 200);
		const quiet: ScoringInput = { orders: [], interactions: [], inquiries: [], company: {}, platform: {} };
		const team = [...distinct, ...Array.from({ length: 20 }, () => structuredClone(same))];
		team.push(...Array.from({ length: 70 }, () => structuredClone(quiet)));
		const tiers = scoreTeam(team, defaultScoringSettings, NOW).scores.map((s) => s.tier);
		expect(tiers.slice(0, 10).every((t) => t === "platinum" || t === "gold")).toBe(true);
		expect(new Set(tiers.slice(10, 30)).size).toBe(1);
		expect(["iron", "lead"]).toContain(tiers[10]);
	});
});
