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
/**
 * The rate at which buyers stop buying for good, per day (one in two years): the "dropout" of the
 * Pareto/NBD model. Calibrated on the 2009–10 Online Retail II ledger as of 2010-06-09 (README).
 */
const DROPOUT_PER_DAY = 1 / 730;
/** Probability the buyer is still active below which the warning is watch, warning, critical. */
const ALIVE_WATCH = 0.6;
const ALIVE_WARNING = 0.35;
const ALIVE_CRITICAL = 0.15;
/** Fewer buyer messages than this in the earlier window is too little to call a drop. */
const MIN_PREVIOUS_ENGAGEMENT = 3;

/**
 * Churn warning from two signs, the worse one wins:
 * - silence against the buyer's own rhythm: a customer with purchases on at least two days re-orders
 *   at their own rate λ (purchase days − 1 over the days between the first and the last, at least one
 *   per MIN_INTERVAL_DAYS), and may stop at any time at DROPOUT_PER_DAY = μ. After s quiet days the
 *   probability they are still buying is 1 / (1 + μ/(λ+μ)·(e^{(λ+μ)s} − 1)) (Pareto/NBD with the
 *   buyer's rates known; Fader, Hardie & Lee 2005). Below 0.5 watch, 0.3 warning, 0.15 critical —
 *   and never before k × the usual interval. A monthly buyer quiet for three months is about 0.31
 *   likely still buying (warning); a yearly one about 0.77 (none).
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

/** The buyer's usual days between purchases: the mean interval of their purchase days (ascending). */
export function usualInterval(days: number[]): number {
	const gaps = days.length - 1;
	return Math.max(MIN_INTERVAL_DAYS, ((days[gaps] as number) - (days[0] as number)) / gaps);
}

/** Probability a buyer who re-orders every `usual` days on average is still buying after `silence` quiet days. */
export function probabilityActive(usual: number, silence: number): number {
	const rate = 1 / usual + DROPOUT_PER_DAY;
	const grown = Math.expm1(Math.min(700, rate * Math.max(0, silence)));
	return 1 / (1 + (DROPOUT_PER_DAY / rate) * grown);
}

function silenceSign(f: CustomerFeatures, k: number): Sign {
	if (f.orderDays.length < 2 || f.daysSinceLastOrder === null) return { severity: "none" };
	const usual = usualInterval(f.orderDays);
	if (f.daysSinceLastOrder <= k * usual) return { severity: "none" };
	const alive = probabilityActive(usual, f.daysSinceLastOrder);
	if (alive >= ALIVE_WATCH) return { severity: "none" };
	const severity: Severity =
		alive < ALIVE_CRITICAL ? "critical" : alive < ALIVE_WARNING ? "warning" : "watch";
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
