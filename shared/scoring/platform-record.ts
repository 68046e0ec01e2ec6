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
export function platformActivity(s: PlatformSignals): { value: number | null; penalty: number } {
	const parts: number[] = [];
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
