import type { Churn } from "../schema/customer";
import type { CustomerFeatures } from "./features";
import { msg } from "./message";
import { fmt } from "./money-text";
import type { ScoringSettings } from "./settings";
import type { Message } from "./types";

type Severity = Churn["severity"];
const RANK: Record<Severity, number> = { none: 0, watch: 1, warning: 2, critical: 3 };

/** Daily buyers would otherwise raise a warning after two quiet days. */
const MIN_INTERVAL_DAYS = 7;
/** Fewer buyer messages than this in the earlier window is too little to call a drop. */
const MIN_PREVIOUS_ENGAGEMENT = 3;

/**
 * Churn warning from two signs, the worse one wins:
 * - silence: a customer with purchases on at least two days, quiet for more than k × their median
 *   re-order interval: watch; beyond 2k× warning; beyond 3k× critical.
 * - engagement: buyer messages in the last window fell by at least `engagementDrop` from the window
 *   before: watch; by at least halfway from there to everything: warning. Talk alone never makes it
 *   critical: orders are the evidence that matters.
 */
export function churnOf(f: CustomerFeatures, settings: ScoringSettings): Churn {
	return churnWithReasons(f, settings).churn;
}

/** The churn warning, and its reason as translatable messages (the English `reason` joins them with "; "). */
export function churnWithReasons(
	f: CustomerFeatures,
	settings: ScoringSettings,
): { churn: Churn; reasons: Message[] } {
	const silence = silenceSign(f, settings.churn.k);
	const engagement = engagementSign(f, settings.churn.engagementDrop, settings.engagementWindowDays);
	const severity =
		RANK[silence.severity] >= RANK[engagement.severity] ? silence.severity : engagement.severity;
	if (severity === "none") return { churn: { flag: false, severity }, reasons: [] };
	const signs = [silence, engagement].filter((s) => s.reason !== undefined);
	const reason = signs.map((s) => s.reason).join("; ");
	return { churn: { flag: true, severity, reason }, reasons: signs.map((s) => s.message as Message) };
}

interface Sign {
	severity: Severity;
	reason?: string;
	message?: Message;
}

export function medianInterval(days: number[]): number {
	const gaps = new Array<number>(days.length - 1);
	for (let i = 1; i < days.length; i++) gaps[i - 1] = (days[i] as number) - (days[i - 1] as number);
	gaps.sort((a, b) => a - b);
	const mid = gaps.length >> 1;
	return gaps.length % 2 === 1
		? (gaps[mid] as number)
		: ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2;
}

function silenceSign(f: CustomerFeatures, k: number): Sign {
	if (f.orderDays.length < 2 || f.daysSinceLastOrder === null) return { severity: "none" };
	const usual = Math.max(MIN_INTERVAL_DAYS, medianInterval(f.orderDays));
	const ratio = f.daysSinceLastOrder / (k * usual);
	if (ratio <= 1) return { severity: "none" };
	const severity: Severity = ratio > 3 ? "critical" : ratio > 2 ? "warning" : "watch";
	return {
		severity,
		reason: `No order for ${f.daysSinceLastOrder} days; usually re-orders every ${Math.round(usual)} days`,
		message: msg("scoring.churn.silence", { days: f.daysSinceLastOrder, usualDays: Math.round(usual) }),
	};
}

function engagementSign(f: CustomerFeatures, dropAt: number, window: number): Sign {
	const before = f.engagementPrevious;
	if (before < MIN_PREVIOUS_ENGAGEMENT) return { severity: "none" };
	const drop = 1 - f.engagementRecent / before;
	if (drop < dropAt) return { severity: "none" };
	return {
		severity: drop >= (1 + dropAt) / 2 ? "warning" : "watch",
		reason: `Buyer messages fell from ${fmt(before)} to ${fmt(f.engagementRecent)} in the last ${window} days`,
		message: msg("scoring.churn.engagement", { before, recent: f.engagementRecent, days: window }),
	};
}

const SILENCE = /^No order for (\d+) days; usually re-orders every (\d+) days/;
const ENGAGEMENT = /^Buyer messages fell from (\d+(?:\.\d)?) to (\d+(?:\.\d)?) in the last (\d+) days$/;

/**
 * A stored English churn reason read back into messages, for records scored before the messages
 * existed and for places that have only `churn.reason` (the cached customer list); null when the text
 * is not one this engine writes.
 */
export function churnReasonMessages(reason: string): Message[] | null {
	const messages: Message[] = [];
	let rest = reason;
	const silence = SILENCE.exec(rest);
	if (silence) {
		messages.push(msg("scoring.churn.silence", { days: Number(silence[1]), usualDays: Number(silence[2]) }));
		rest = rest.slice(silence[0].length);
		if (rest === "") return messages;
		if (!rest.startsWith("; ")) return null;
		rest = rest.slice(2);
	}
	const engagement = ENGAGEMENT.exec(rest);
	if (!engagement) return null;
	const [, before, recent, days] = engagement;
	messages.push(
		msg("scoring.churn.engagement", { before: Number(before), recent: Number(recent), days: Number(days) }),
	);
	return messages;
}
