/** fast-check arbitraries for the scoring engine's property tests. */
import fc from "fast-check";
import type { BuyerType, CompanySize } from "../../shared/schema/common";
import type { ScoringInput } from "../../shared/scoring";

export const NOW = new Date("2025-06-30T12:00:00Z");
const DAY_MS = 86_400_000;

export function daysAgo(days: number): string {
	return new Date(NOW.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

const buyerTypes: BuyerType[] = [
	"brand_owner",
	"importer",
	"distributor",
	"wholesaler",
	"retailer",
	"individual",
];
const sizes: CompanySize[] = ["micro", "small", "medium", "large", "enterprise"];

export const orderArb = fc.record({
	amount: fc.double({ min: -5_000, max: 500_000, noNaN: true }),
	currency: fc.constantFrom("USD", "EUR", "GBP", "CNY", "JPY", "eur"),
	date: fc.integer({ min: -1, max: 900 }).map(daysAgo),
	cancelled: fc.option(fc.boolean(), { nil: undefined }),
});

export const interactionArb = fc.record({
	source: fc.constantFrom("gmail", "alibaba"),
	kind: fc.constantFrom("email", "inquiry"),
	direction: fc.option(fc.constantFrom("inbound" as const, "outbound" as const), { nil: undefined }),
	date: fc.integer({ min: 0, max: 300 }).map(daysAgo),
});

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const inquiryArb = fc.record({
	quantity: opt(fc.integer({ min: 0, max: 100_000 })),
	targetPrice: opt(fc.double({ min: 0, max: 1000, noNaN: true })),
	hasSpecifications: opt(fc.boolean()),
	incoterm: opt(fc.constantFrom("FOB", "CIF", "EXW", "")),
	sampleRequest: opt(fc.boolean()),
	genericRequest: opt(fc.boolean()),
});

export const companyArb = fc.record({
	buyerType: opt(fc.constantFrom(...buyerTypes)),
	size: opt(fc.constantFrom(...sizes)),
	website: opt(fc.constantFrom("https://acme.de", "")),
	country: opt(fc.constantFrom("US", "DE", "BR", "NG", "ZZ", "cn")),
	corporateDomain: opt(fc.boolean()),
});

export const platformArb = fc.record({
	verifiedBuyer: opt(fc.boolean()),
	yearsRegistered: opt(fc.integer({ min: 0, max: 20 })),
	inquiriesPosted: opt(fc.integer({ min: 0, max: 100 })),
	rfqsPosted: opt(fc.integer({ min: 0, max: 100 })),
	emailConfirmed: opt(fc.boolean()),
	experiencedBuyer: opt(fc.boolean()),
	completesOrdersViaPlatform: opt(fc.boolean()),
});

export const inputArb: fc.Arbitrary<ScoringInput> = fc.record({
	orders: fc.array(orderArb, { maxLength: 12 }),
	interactions: fc.array(interactionArb, { maxLength: 10 }),
	inquiries: fc.array(inquiryArb, { maxLength: 3 }),
	company: companyArb,
	platform: platformArb,
});

/** A deterministic PRNG (mulberry32) for building large teams from one seed. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A team where everyone bought in the last year (amounts continuous, so no two customers tie). */
export function buyingTeam(size: number, seed: number): ScoringInput[] {
	const r = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
	return Array.from({ length: size }, () => ({
		orders: Array.from({ length: 1 + Math.floor(r() * 8) }, () => ({
			amount: 10 ** (2 + r() * 4),
			currency: pick(["USD", "EUR", "CNY"]),
			date: daysAgo(Math.floor(r() * 364)),
		})),
		interactions: [],
		inquiries: [],
		company: r() < 0.5 ? { buyerType: pick(buyerTypes), country: pick(["US", "DE", "BR"]) } : {},
		platform: r() < 0.3 ? { verifiedBuyer: r() < 0.5 } : {},
	}));
}

/**
 * The team with each customer repeated 1 to `maxCopies` times (structured clones), shuffled by `seed`, and
 * each entry's original index, so tests can tell which customers have identical inputs.
 */
export function withCopies(
	team: ScoringInput[],
	maxCopies: number,
	seed: number,
): { inputs: ScoringInput[]; original: number[] } {
	const r = random(seed);
	const entries: Array<{ input: ScoringInput; original: number }> = [];
	team.forEach((input, original) => {
		const copies = 1 + Math.floor(r() * maxCopies);
		for (let c = 0; c < copies; c++) entries.push({ input: structuredClone(input), original });
	});
	for (let i = entries.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[entries[i], entries[j]] = [
			entries[j] as (typeof entries)[number],
			entries[i] as (typeof entries)[number],
		];
	}
	return { inputs: entries.map((e) => e.input), original: entries.map((e) => e.original) };
}
