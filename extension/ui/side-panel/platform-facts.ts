import type { PlatformSignals } from "../../../shared/schema/signals";
import { t } from "../../i18n";
import { messageText } from "./explanation-text";

/**
 * What the trade platform's own record says about the page's buyer (Alibaba's card and CRM record),
 * in the same words as the score's explanation: level, activity, business types, industries,
 * Trade Assurance orders with us, spam and blacklist marks. Empty when the page showed none.
 */
export function platformFacts(s: PlatformSignals | undefined): string[] {
	if (!s) return [];
	const line = (key: string, params: Record<string, string | number> = {}) => messageText({ key, params });
	const lines = [
		s.level ? line("scoring.platform.level", { level: s.level }) : null,
		s.tradeAssuranceOrders
			? s.tradeAssuranceAmount === undefined
				? line("scoring.platform.tradeAssurance", { count: s.tradeAssuranceOrders })
				: line("scoring.platform.tradeAssuranceAmount", {
						count: s.tradeAssuranceOrders,
						amountUsd: Math.round(s.tradeAssuranceAmount),
					})
			: null,
		s.repliedInquiries !== undefined && s.inquiriesPosted
			? line("scoring.platform.replied", { replied: s.repliedInquiries, posted: s.inquiriesPosted })
			: null,
		s.loginDays !== undefined ? line("scoring.platform.loginDays", { days: s.loginDays }) : null,
		s.businessTypes?.length ? t("contact.businessTypes", { types: s.businessTypes.join(" / ") }) : null,
		s.preferredIndustries?.length
			? line("scoring.platform.industries", { industries: s.preferredIndustries.join(",") })
			: null,
		s.spamInquiries ? line("scoring.platform.spam", { count: s.spamInquiries }) : null,
		s.blacklistedBy ? line("scoring.platform.blacklisted", { count: s.blacklistedBy }) : null,
	];
	// Each is a line of its own here, not a clause: it starts with a capital.
	return lines
		.filter((text): text is string => typeof text === "string" && text !== "")
		.map((text) => text.charAt(0).toUpperCase() + text.slice(1));
}
