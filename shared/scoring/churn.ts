import type { Churn } from "../schema/customer";
import type { CustomerFeatures } from "./features";
import type { ScoringSettings } from "./settings";

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
	const silence = silenceSign(f, settings.churn.k);
	const engagement = engagementSign(f, settings.churn.engagementDrop, settings.engagementWindowDays);
	const severity =
		RANK[silence.severity] >= RANK[engagement.severity] ? silence.severity : engagement.severity;
	if (severity === "none") return { flag: false, severity };
	const reason = [silence.reason, engagement.reason].filter(Boolean).join("; ");
	return { flag: true, severity, reason };
}

interface Sign {
	severity: Severity;
	reason?: string;
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
	};
}

function fmt(n: number): string {
	return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
