import type { BuyerType } from "../schema/common";
import type { CustomerFeatures } from "./features";
import { constMsg, type Described, described, msg } from "./message";
import { fmt, usd } from "./money-text";
import { buyerTypeFromBusinessTypes, industryFit } from "./platform-record";
import type { PotentialValues } from "./potential-value";
import { marketWeight } from "./potential-value";
import type { PotentialFactor } from "./prepared";
import type { ScoringSettings } from "./settings";
import type { Message, ScoringInput } from "./types";

const BUYER_TYPES: Record<BuyerType, string> = {
	brand_owner: "Brand owner",
	importer: "Importer",
	distributor: "Distributor",
	wholesaler: "Wholesaler",
	retailer: "Retailer",
	individual: "Individual buyer",
};

/** Buyer type, size, domain, market, inquiry, engagement and platform in words, in POTENTIAL_FACTORS order. */
export function potentialDetails(
	input: ScoringInput,
	f: CustomerFeatures,
	p: PotentialValues,
	settings: ScoringSettings,
): Described[] {
	const unknown = p.unknownMask;
	const c = input.company;
	const window = settings.engagementWindowDays;
	return [
		buyerTypeDetail(input),
		c.size
			? described(`Company size: ${c.size}`, msg("scoring.companySize", { size: c.size }))
			: unknown & 2
				? NEUTRAL.companySize
				: described(
						`Company size unknown; buys ${usd(f.revenue12mUsd)} a year from us: scored as a buyer that size`,
						msg("scoring.companySize.fromPurchases", { amountUsd: Math.round(f.revenue12mUsd) }),
					),
		unknown & 4 ? NEUTRAL.domain : domainDetail(c.corporateDomain, c.website),
		c.country ? marketDetail(c.country, settings) : NEUTRAL.market,
		unknown & 16 ? NEUTRAL.inquiry : inquiryDetail(input, p.values[4] as number),
		unknown & 32
			? NEUTRAL.engagement
			: described(
					`${fmt(f.engagementRecent)} buyer message${f.engagementRecent === 1 ? "" : "s"} in the last ${window} days`,
					msg("scoring.engagement", { count: f.engagementRecent, days: window }),
				),
		unknown & 64 ? NEUTRAL.platform : platformDetail(input, settings),
	];
}

function buyerTypeDetail(input: ScoringInput): Described {
	const own = input.company.buyerType;
	if (own) return described(BUYER_TYPES[own], msg("scoring.buyerType", { buyerType: own }));
	const types = input.platform.businessTypes ?? [];
	const fromPlatform = buyerTypeFromBusinessTypes(types);
	if (!fromPlatform) return NEUTRAL.buyerType;
	return described(
		`${BUYER_TYPES[fromPlatform]} (the platform's business types: ${types.join(", ")})`,
		msg("scoring.buyerType.fromPlatform", { buyerType: fromPlatform, types: types.join(",") }),
	);
}

function neutral(factor: PotentialFactor, detail: string): Described {
	return Object.freeze({ detail, message: constMsg(`scoring.neutral.${factor}`) });
}

/** Constant details: allocated once, not per customer (frozen: every customer shares them). */
const NEUTRAL: Record<PotentialFactor, Described> = {
	buyerType: neutral("buyerType", "Buyer type unknown: scored neutral"),
	companySize: neutral("companySize", "Company size unknown: scored neutral"),
	domain: neutral("domain", "Email domain and website unknown: scored neutral"),
	market: neutral("market", "Country unknown: scored neutral"),
	inquiry: neutral("inquiry", "Inquiry quality unknown: scored neutral"),
	engagement: neutral("engagement", "Engagement unknown (no interactions recorded): scored neutral"),
	platform: neutral("platform", "Trade-platform profile unknown: scored neutral"),
};

function marketDetail(country: string, settings: ScoringSettings): Described {
	const code = country.toUpperCase();
	const weight = marketWeight(country, settings);
	return described(`Market ${code} (weight ${weight})`, msg("scoring.market", { country: code, weight }));
}

function domainDetail(corporate: boolean | undefined, website: string | undefined): Described {
	const [mail, mailKey] =
		corporate === undefined
			? ["email domain unknown", "mailUnknown"]
			: corporate
				? ["corporate email domain", "corporate"]
				: ["free-mail address", "freeMail"];
	const known = Boolean(website?.trim());
	const site = known ? "website known" : "website unknown";
	return described(
		`${mail[0]?.toUpperCase()}${mail.slice(1)}, ${site}`,
		msg(`scoring.domain.${mailKey}.${known ? "site" : "noSite"}`),
	);
}

function inquiryDetail(input: ScoringInput, quality: number): Described {
	if (quality >= 0.99)
		return described(
			"Specific inquiry: quantity, target price, specifications, incoterm and sample",
			msg("scoring.inquiry.specific"),
		);
	const score = Math.round(quality * 100);
	const generic = input.inquiries.some((q) => q.genericRequest);
	return described(
		`Best inquiry scores ${score} of 100 for specifics${generic ? "; a generic catalogue or price-list request" : ""}`,
		msg("scoring.inquiry.score", { score }),
		generic ? [msg("scoring.note.genericRequest")] : undefined,
	);
}

function platformDetail(input: ScoringInput, settings: ScoringSettings): Described {
	const s = input.platform;
	const parts: Array<[string, Message]> = [];
	if (s.level) parts.push([`level ${s.level}`, msg("scoring.platform.level", { level: s.level })]);
	if (s.verifiedBuyer !== undefined)
		parts.push(
			s.verifiedBuyer
				? ["verified buyer", msg("scoring.platform.verified")]
				: ["not verified", msg("scoring.platform.notVerified")],
		);
	if (s.yearsRegistered !== undefined)
		parts.push([
			`${s.yearsRegistered} years registered`,
			msg("scoring.platform.years", { years: s.yearsRegistered }),
		]);
	if (s.emailConfirmed) parts.push(["email confirmed", msg("scoring.platform.emailConfirmed")]);
	if (s.experiencedBuyer) parts.push(["experienced buyer", msg("scoring.platform.experienced")]);
	if (s.completesOrdersViaPlatform)
		parts.push(["orders through the platform", msg("scoring.platform.ordersOnPlatform")]);
	if (s.inquiriesPosted !== undefined || s.rfqsPosted !== undefined) {
		const count = (s.inquiriesPosted ?? 0) + (s.rfqsPosted ?? 0);
		parts.push([`${count} inquiries/RFQs posted`, msg("scoring.platform.posted", { count })]);
	}
	if (s.repliedInquiries !== undefined && s.inquiriesPosted)
		parts.push([
			`replied to ${s.repliedInquiries} of ${s.inquiriesPosted} inquiries`,
			msg("scoring.platform.replied", { replied: s.repliedInquiries, posted: s.inquiriesPosted }),
		]);
	if (s.loginDays !== undefined)
		parts.push([
			`logged in on ${s.loginDays} days`,
			msg("scoring.platform.loginDays", { days: s.loginDays }),
		]);
	if (s.typicallyReplies) parts.push(["typically replies", msg("scoring.platform.typicallyReplies")]);
	if (s.interactiveUser) parts.push(["interactive user", msg("scoring.platform.interactive")]);
	parts.push(...industryParts(s.preferredIndustries, settings.potential.industries));
	if (s.tradeAssuranceOrders)
		parts.push([
			`${s.tradeAssuranceOrders} Trade Assurance orders with us${s.tradeAssuranceAmount === undefined ? "" : ` (${usd(s.tradeAssuranceAmount)})`}`,
			s.tradeAssuranceAmount === undefined
				? msg("scoring.platform.tradeAssurance", { count: s.tradeAssuranceOrders })
				: msg("scoring.platform.tradeAssuranceAmount", {
						count: s.tradeAssuranceOrders,
						amountUsd: Math.round(s.tradeAssuranceAmount),
					}),
		]);
	if (s.spamInquiries)
		parts.push([
			`inquiries marked as spam by suppliers: ${s.spamInquiries}`,
			msg("scoring.platform.spam", { count: s.spamInquiries }),
		]);
	if (s.blacklistedBy)
		parts.push([
			`blacklisted by suppliers: ${s.blacklistedBy}`,
			msg("scoring.platform.blacklisted", { count: s.blacklistedBy }),
		]);
	const text = parts.map(([words]) => words).join(", ");
	const [first, ...rest] = parts.map(([, message]) => message);
	// Only "not confirmed"-style negatives known: nothing worth listing, but the profile is not unknown.
	if (!first) return described("No trade-platform signals of note", msg("scoring.platform.none"));
	return described(`${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`, first, rest);
}

/** The buyer's preferred industries, and which of them the team sells into (when it said). */
function industryParts(preferred: string[] | undefined, ours: readonly string[]): Array<[string, Message]> {
	if (!preferred?.length) return [];
	const fit = industryFit(preferred, ours);
	if (fit === null)
		return [
			[
				`preferred industries: ${preferred.join(", ")}`,
				msg("scoring.platform.industries", { industries: preferred.join(",") }),
			],
		];
	if (fit.matched.length === 0)
		return [
			[
				`prefers industries we do not sell into (${preferred.join(", ")})`,
				msg("scoring.platform.industriesOther", { industries: preferred.join(",") }),
			],
		];
	return [
		[
			`prefers industries we sell into (${fit.matched.join(", ")})`,
			msg("scoring.platform.industriesOurs", { industries: fit.matched.join(",") }),
		],
	];
}
