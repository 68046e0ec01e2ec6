import type { BuyerType } from "../schema/common";
import type { PlatformSignals } from "../schema/signals";

/**
 * What a trade platform's own record of the buyer adds (issue 15: Alibaba's buyer card and its
 * CRM record), kept apart so a customer without these signals scores exactly as before.
 */

/** Alibaba's buyer level as shown ("L1", "L1+", "L3", up to L4) → 0–1; unknown → null. */
export function levelValue(level: string | undefined): number | null {
	const match = /^L(\d)(\+?)$/i.exec(level?.trim() ?? "");
	if (!match) return null;
	return Math.min(1, (Number(match[1]) + (match[2] ? 0.5 : 0)) / 4);
}

/**
 * The platform's activity signals (level, login days, share of inquiries the buyer answered) as
 * one 0–1 value, or null when none is known; and a factor for the spam and blacklist marks other
 * suppliers gave the buyer (1 = none; each mark takes off a fifth of what is left, at most half).
 */
export function platformActivity(
	s: PlatformSignals,
	ourIndustries: readonly string[] = [],
): { value: number | null; penalty: number } {
	const parts: number[] = [];
	const fit = industryFit(s.preferredIndustries, ourIndustries);
	if (fit !== null) parts.push(fit.matched.length > 0 ? 1 : 0.25);
	const level = levelValue(s.level);
	if (level !== null) parts.push(level);
	if (s.loginDays !== undefined) parts.push(Math.min(1, Math.log1p(s.loginDays) / Math.log1p(365)));
	if (s.repliedInquiries !== undefined && s.inquiriesPosted)
		parts.push(Math.min(1, s.repliedInquiries / s.inquiriesPosted));
	const marks = (s.spamInquiries ?? 0) + (s.blacklistedBy ?? 0);
	const penalty = Math.max(0.5, 0.8 ** marks);
	return { value: parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : null, penalty };
}

/**
 * Trade Assurance orders with this seller, as the seller's own platform record gives them (count,
 * total in USD, days since the last): used for current value when no orders are recorded in
 * Tierline, so a buyer who already orders through the platform is not scored as a stranger.
 */
export function tradeAssuranceOrders(
	s: PlatformSignals,
): { revenueUsd: number; orders: number; daysSinceLastOrder: number | null } | null {
	if (!s.tradeAssuranceOrders || s.tradeAssuranceAmount === undefined) return null;
	return {
		revenueUsd: s.tradeAssuranceAmount,
		orders: s.tradeAssuranceOrders,
		daysSinceLastOrder: s.tradeAssuranceDaysSinceLastOrder ?? null,
	};
}

/** Alibaba's business types (English or Chinese UI) → our buyer types; first match wins per entry. */
const BUSINESS_TYPES: ReadonlyArray<[RegExp, BuyerType]> = [
	[/brand|品牌/i, "brand_owner"],
	[/import|trading|进口|贸易/i, "importer"],
	[/distribut|agent|dealer|代理|分销|经销/i, "distributor"],
	[/wholesal|批发/i, "wholesaler"],
	[/retail|online\s*(?:shop|store|seller)|e-?commerce|零售|网店|电商/i, "retailer"],
	[/individual|personal|个人/i, "individual"],
];

/**
 * The buyer type the platform's business types name, for a customer whose own buyer type is not
 * recorded: the first listed that maps (a "Manufacturer" names none of ours). Null when none maps.
 */
export function buyerTypeFromBusinessTypes(types: readonly string[] | undefined): BuyerType | null {
	for (const type of types ?? []) {
		const found = BUSINESS_TYPES.find(([pattern]) => pattern.test(type));
		if (found) return found[1];
	}
	return null;
}

const industryKey = (name: string) =>
	name
		.normalize("NFKC")
		.toLowerCase()
		.replace(/&|＆/g, " and ")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();

/**
 * The buyer's preferred industries against the industries the team sells into (scoring settings):
 * which of theirs are ours ("Lights & Lighting" matches "lights and lighting", and "Lighting"
 * matches "Lights & Lighting"); null when either list is empty, so nothing is assumed.
 */
export function industryFit(
	preferred: readonly string[] | undefined,
	ours: readonly string[],
): { matched: string[] } | null {
	if (!preferred?.length || ours.length === 0) return null;
	const keys = ours.map(industryKey).filter((key) => key !== "");
	const matched = preferred.filter((industry) => {
		const key = industryKey(industry);
		return key !== "" && keys.some((our) => key === our || key.includes(our) || our.includes(key));
	});
	return { matched };
}
