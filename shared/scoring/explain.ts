import type { BuyerType, CompanySize } from "../schema/common";
import type { CurrentSubscores } from "./current-value";
import type { CustomerFeatures } from "./features";
import type { PotentialValues } from "./potential-value";
import { marketWeight } from "./potential-value";
import { CURRENT_FACTORS, POTENTIAL_FACTORS, type PotentialFactor } from "./prepared";
import { roundToTotal } from "./rounding";
import type { ScoringSettings } from "./settings";
import type { FactorContribution, ScoringInput } from "./types";

const BUYER_TYPES: Record<BuyerType, string> = {
	brand_owner: "Brand owner",
	importer: "Importer",
	distributor: "Distributor",
	wholesaler: "Wholesaler",
	retailer: "Retailer",
	individual: "Individual buyer",
};

/** Contributions whose whole points add up to the rounded score; the score is their sum. */
export function contributions(
	factors: readonly string[],
	values: ArrayLike<number>,
	shares: Float64Array,
	details: string[],
	unknownMask = 0,
): FactorContribution[] {
	const raw = new Array<number>(shares.length);
	for (let i = 0; i < shares.length; i++) raw[i] = (shares[i] as number) * (values[i] as number) * 100;
	const points = roundToTotal(raw);
	return factors.map((factor, i) => {
		const c: FactorContribution = {
			factor,
			weight: round2((shares[i] as number) * 100),
			points: points[i] as number,
			value: round2(values[i] as number),
			detail: details[i] as string,
		};
		if (unknownMask & (1 << i)) c.unknown = true;
		return c;
	});
}

export function currentDetails(f: CustomerFeatures, sub: CurrentSubscores, ranked: boolean): string[] {
	const rank = (s: number) =>
		ranked && s > 0 ? ` (at or above ${Math.round(s * 100)}% of the team's buyers)` : "";
	const last = f.daysSinceLastOrder;
	const unknownFx = f.unknownCurrencies.length
		? `; orders in ${f.unknownCurrencies.join(", ")} left out: no exchange rate`
		: "";
	return [
		last === null ? "No order yet" : `Last order ${last === 0 ? "today" : `${last} days ago`}${rank(sub[0])}`,
		`${f.orders12m} order${f.orders12m === 1 ? "" : "s"} in the last 12 months${rank(sub[1])}`,
		`${usd(f.revenue12mUsd)} in the last 12 months${rank(sub[2])}${unknownFx}`,
	];
}

export function potentialDetails(
	input: ScoringInput,
	f: CustomerFeatures,
	p: PotentialValues,
	settings: ScoringSettings,
): string[] {
	const unknown = p.unknownMask;
	const c = input.company;
	const inquiry = p.values[4] as number;
	return [
		c.buyerType ? BUYER_TYPES[c.buyerType] : NEUTRAL_TEXT.buyerType,
		c.size ? SIZE_TEXT[c.size] : NEUTRAL_TEXT.companySize,
		unknown & 4 ? NEUTRAL_TEXT.domain : domainDetail(c.corporateDomain, c.website),
		c.country
			? `Market ${c.country.toUpperCase()} (weight ${marketWeight(c.country, settings)})`
			: NEUTRAL_TEXT.market,
		unknown & 16
			? NEUTRAL_TEXT.inquiry
			: inquiry >= 0.99
				? "Specific inquiry: quantity, target price, specifications, incoterm and sample"
				: `Best inquiry scores ${Math.round(inquiry * 100)} of 100 for specifics${genericNote(input)}`,
		unknown & 32
			? NEUTRAL_TEXT.engagement
			: `${fmt(f.engagementRecent)} buyer message${f.engagementRecent === 1 ? "" : "s"} in the last ${settings.engagementWindowDays} days`,
		unknown & 64 ? NEUTRAL_TEXT.platform : platformDetail(input),
	];
}

/** Constant texts: allocated once, not per customer. */
const NEUTRAL_TEXT: Record<PotentialFactor, string> = {
	buyerType: "Buyer type unknown: scored neutral",
	companySize: "Company size unknown: scored neutral",
	domain: "Email domain and website unknown: scored neutral",
	market: "Country unknown: scored neutral",
	inquiry: "Inquiry quality unknown: scored neutral",
	engagement: "Engagement unknown (no interactions recorded): scored neutral",
	platform: "Trade-platform profile unknown: scored neutral",
};

const SIZE_TEXT: Record<CompanySize, string> = {
	micro: "Company size: micro",
	small: "Company size: small",
	medium: "Company size: medium",
	large: "Company size: large",
	enterprise: "Company size: enterprise",
};

function domainDetail(corporate: boolean | undefined, website: string | undefined): string {
	const mail =
		corporate === undefined
			? "email domain unknown"
			: corporate
				? "corporate email domain"
				: "free-mail address";
	const site = website?.trim() ? "website known" : "website unknown";
	return `${mail[0]?.toUpperCase()}${mail.slice(1)}, ${site}`;
}

function genericNote(input: ScoringInput): string {
	return input.inquiries.some((q) => q.genericRequest) ? "; a generic catalogue or price-list request" : "";
}

function platformDetail(input: ScoringInput): string {
	const s = input.platform;
	const parts: string[] = [];
	if (s.verifiedBuyer !== undefined) parts.push(s.verifiedBuyer ? "verified buyer" : "not verified");
	if (s.yearsRegistered !== undefined) parts.push(`${s.yearsRegistered} years registered`);
	if (s.emailConfirmed) parts.push("email confirmed");
	if (s.experiencedBuyer) parts.push("experienced buyer");
	if (s.completesOrdersViaPlatform) parts.push("orders through the platform");
	const posted = (s.inquiriesPosted ?? 0) + (s.rfqsPosted ?? 0);
	if (s.inquiriesPosted !== undefined || s.rfqsPosted !== undefined)
		parts.push(`${posted} inquiries/RFQs posted`);
	const text = parts.join(", ");
	return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

/** Factor keys scored neutral, plus "fx:XYZ" for each currency whose orders were left out. */
export function missingOf(p: PotentialValues, f: CustomerFeatures): string[] {
	const missing: string[] = POTENTIAL_FACTORS.filter((_, i) => (p.unknownMask & (1 << i)) !== 0);
	for (const code of f.unknownCurrencies) missing.push(`fx:${code}`);
	return missing;
}

export { CURRENT_FACTORS, POTENTIAL_FACTORS };

export function usd(amount: number): string {
	// Not toLocaleString: Intl is slow in a 100,000-customer loop and varies between runtimes.
	return `$${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}

function fmt(n: number): string {
	return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
