import type { CompanySize } from "../schema/common";
import type { InquirySignals, PlatformSignals } from "../schema/signals";
import { revenueScale } from "./current-value";
import type { CustomerFeatures } from "./features";
import { buyerTypeFromBusinessTypes, platformActivity } from "./platform-record";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";

/**
 * Potential value: each factor scores 0–1; the weighted sum ×100 is the potential (0–100).
 *
 * A missing signal is unknown, not bad news: it scores NEUTRAL (0.5, "an average buyer") and keeps its
 * weight, and the explanation lists it in `missing`. We chose this over redistributing the weight to the
 * known factors because redistribution lets one known signal decide everything (a lead known only to be
 * a brand owner would score 100), makes scores of well-known and barely-known customers incomparable, and
 * lets good news lower a score (learning a 0.8 fact next to a lone 1.0 drops the average). With a fixed
 * weight per factor, a fact moves the score from neutral up or down by its own merit only, and better
 * facts never lower it.
 *
 * Compound factors (domain, platform) apply the same rule per sub-signal: an unknown sub-signal earns
 * half its points, false none, true all.
 */
export const NEUTRAL = 0.5;

const SIZE_SCORES: Record<CompanySize, number> = {
	micro: 0.1,
	small: 0.3,
	medium: 0.55,
	large: 0.8,
	enterprise: 1,
};

/** Values in POTENTIAL_FACTORS order, and a bit mask of the factors that were unknown (bit i = factor i). */
export interface PotentialValues {
	values: number[];
	unknownMask: number;
}

export function potentialValues(
	input: ScoringInput,
	f: CustomerFeatures,
	settings: ScoringSettings,
): PotentialValues {
	const company = input.company;
	const p = settings.potential;
	const buyerType = company.buyerType ?? buyerTypeFromBusinessTypes(input.platform.businessTypes);
	const known = [
		buyerType ? p.buyerTypes[buyerType] / 100 : null,
		company.size ? SIZE_SCORES[company.size] : sizeFromPurchases(f, settings),
		domainValue(company.corporateDomain, company.website),
		company.country ? marketWeight(company.country, settings) / 100 : null,
		inquiryValue(input.inquiries),
		f.hasInteractions ? f.engagementRecent / (f.engagementRecent + 3) : null,
		platformValue(input.platform, p.industries),
	];
	let unknownMask = 0;
	const values = known as number[];
	for (let i = 0; i < known.length; i++) {
		if (known[i] === null) {
			values[i] = NEUTRAL;
			unknownMask |= 1 << i;
		}
	}
	return { values, unknownMask };
}

/**
 * A buyer of unknown size who already buys more from us than an average buyer would is at least that
 * big: its 12-month revenue on the absolute revenue scale stands in for the size when above neutral
 * (below it the size stays unknown, neutral and worth asking). Evidence of scale is what potential
 * lacked on a ledger of orders alone: without it the Platinum split inside the high-current group fell
 * to the country weight (model 4, fitted on the 2009–10 ledger as of 2010-06-09; README).
 */
export function sizeFromPurchases(f: CustomerFeatures, settings: ScoringSettings): number | null {
	const scale = revenueScale(f.revenue12mUsd, settings);
	return scale > NEUTRAL ? scale : null;
}

export function marketWeight(country: string, settings: ScoringSettings): number {
	const code = country.toUpperCase();
	const weights = settings.potential.marketWeights;
	return Object.hasOwn(weights, code) ? (weights[code] as number) : settings.potential.defaultMarketWeight;
}

/** Corporate domain (¾) and a website (¼). */
function domainValue(corporate: boolean | undefined, website: string | undefined): number | null {
	const hasSite = Boolean(website?.trim());
	if (corporate === undefined && !hasSite) return null;
	const domain = corporate === undefined ? 0.375 : corporate ? 0.75 : 0;
	return domain + (hasSite ? 0.25 : 0.125);
}

/**
 * The best inquiry's quality: any inquiry 0.2, plus specifics (quantity, target price, specifications,
 * incoterm, sample request) up to 1. A bare "send me your catalogue / price list" keeps 35%: it is the
 * mark of a buyer collecting prices, and lowers potential below the unknown neutral.
 */
export function inquiryQuality(q: InquirySignals): number {
	const specificity =
		(q.quantity && q.quantity > 0 ? 0.25 : 0) +
		(q.targetPrice && q.targetPrice > 0 ? 0.2 : 0) +
		(q.hasSpecifications ? 0.25 : 0) +
		(q.incoterm?.trim() ? 0.15 : 0) +
		(q.sampleRequest ? 0.15 : 0);
	const quality = 0.2 + 0.8 * specificity;
	return q.genericRequest ? quality * 0.35 : quality;
}

function inquiryValue(inquiries: InquirySignals[]): number | null {
	if (inquiries.length === 0) return null;
	let best = 0;
	for (const q of inquiries) best = Math.max(best, inquiryQuality(q));
	return best;
}

const PLATFORM_POINTS = {
	verifiedBuyer: 0.3,
	emailConfirmed: 0.1,
	experiencedBuyer: 0.15,
	completesOrdersViaPlatform: 0.15,
	yearsRegistered: 0.15,
	posted: 0.15,
} as const;

function platformValue(s: PlatformSignals, ourIndustries: readonly string[]): number | null {
	const base = basePlatformValue(s);
	const { value, penalty } = platformActivity(s, ourIndustries);
	if (base === null && value === null && penalty === 1) return null;
	// The platform's activity signals take a fifth of the factor; spam and blacklist marks scale it down.
	const mixed = value === null ? (base ?? NEUTRAL) : 0.8 * (base ?? NEUTRAL) + 0.2 * value;
	return mixed * penalty;
}

function basePlatformValue(s: PlatformSignals): number | null {
	const posted =
		s.inquiriesPosted === undefined && s.rfqsPosted === undefined
			? undefined
			: (s.inquiriesPosted ?? 0) + (s.rfqsPosted ?? 0);
	if (
		s.verifiedBuyer === undefined &&
		s.emailConfirmed === undefined &&
		s.experiencedBuyer === undefined &&
		s.completesOrdersViaPlatform === undefined &&
		s.yearsRegistered === undefined &&
		posted === undefined
	)
		return null;
	return (
		PLATFORM_POINTS.verifiedBuyer * flag(s.verifiedBuyer) +
		PLATFORM_POINTS.emailConfirmed * flag(s.emailConfirmed) +
		PLATFORM_POINTS.experiencedBuyer * flag(s.experiencedBuyer) +
		PLATFORM_POINTS.completesOrdersViaPlatform * flag(s.completesOrdersViaPlatform) +
		PLATFORM_POINTS.yearsRegistered *
			(s.yearsRegistered === undefined ? NEUTRAL : Math.min(s.yearsRegistered, 5) / 5) +
		PLATFORM_POINTS.posted * (posted === undefined ? NEUTRAL : posted / (posted + 5))
	);
}

function flag(signal: boolean | undefined): number {
	return signal === undefined ? NEUTRAL : signal ? 1 : 0;
}
