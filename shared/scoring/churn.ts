import type { Churn } from "../schema/customer";
import type { CustomerFeatures } from "./features";
import { msg } from "./message";
import { fmt } from "./money-text";
import type { ScoringSettings } from "./settings";
import type { Message } from "./types";

type Severity = Churn["severity"];
const RANK: Record<Severity, number> = { none: 0, watch: 1, warning: 2, critical: 3 };

/** Daily buyers would otherwise raise a warning after two quiet days: no rate above one per week. */
const MIN_INTERVAL_DAYS = 7;
/**
 * What is assumed of a buyer's purchase rate before their own orders say more: a gamma prior worth one
 * interval of PRIOR_DAYS (shape 1, rate PRIOR_DAYS). A buyer with two orders a month apart is then read
 * as re-ordering every (30 + 60) / (1 + 1) = 45 days, give or take much, not as precisely monthly.
 */
const PRIOR_INTERVALS = 1;
const PRIOR_DAYS = 60;
/**
 * The rate at which buyers stop buying for good, per day (one in a year): the "dropout" of the
 * Pareto/NBD model. Calibrated on the 2009–10 Online Retail II ledger as of 2010-06-09 (README).
 */
const DROPOUT_PER_DAY = 1 / 365;
/** Probability the buyer is still active below which the warning is watch, warning, critical. */
const ALIVE_WATCH = 0.55;
const ALIVE_WARNING = 0.3;
const ALIVE_CRITICAL = 0.15;
/** Simpson's rule intervals for the probability of having stopped (probabilityActive). */
const SIMPSON_STEPS = 16;
/** Fewer buyer messages than this in the earlier window is too little to call a drop. */
const MIN_PREVIOUS_ENGAGEMENT = 3;

/**
 * Churn warning from two signs, the worse one wins:
 * - silence against the buyer's own rhythm: a customer with purchases on at least two days re-orders
 *   at an unknown rate λ, gamma-distributed with shape 1 + gaps and rate 60 + span days (a prior worth
 *   one 60-day interval, then their own gaps between the first and the last purchase day), and may stop
 *   at any time at DROPOUT_PER_DAY = μ. After s quiet days, with P(quiet for u | still buying) =
 *   (β / (β + u))^k, the probability they are still buying is e^{−μs}·(β/(β+s))^k over that plus
 *   ∫₀ˢ μe^{−μu}(β/(β+u))^k du (Pareto/NBD with the buyer's rate uncertain; Fader, Hardie & Lee 2005).
 *   Below 0.55 watch, 0.3 warning, 0.15 critical — and never before k × the usual interval. A monthly
 *   buyer of six orders quiet for three months is about 0.51 likely still buying (watch); a yearly one
 *   about 0.75 (none); two orders a month apart, then three quiet months, about 0.63 (none: too little
 *   evidence of a monthly rhythm).
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

/**
 * Probability a buyer is still buying after `silence` quiet days, from `gaps` (≥ 1) intervals between
 * their purchase days spanning `spanDays` (gamma prior on the rate, exponential dropout; see
 * churnWithReasons). The chance of having stopped, μ∫₀ˢ e^{−μu}(1 + u/β)^{−k} du, is integrated over
 * w = (1 + u/β)^{−(k−1)}, where it is μβ/(k−1)·∫ e^{−μu(w)} dw with a smooth integrand between e^{−μs}
 * and 1, so a few Simpson steps are exact to about 1e-6 at any silence.
 */
export function probabilityActive(gaps: number, spanDays: number, silence: number): number {
	const s = Math.max(0, silence);
	if (s === 0) return 1;
	const shape = PRIOR_INTERVALS + Math.max(1, gaps);
	const scale = Math.max(PRIOR_DAYS + spanDays, MIN_INTERVAL_DAYS * shape);
	const quietBeyond = Math.exp(-(shape - 1) * Math.log1p(s / scale));
	const stillBuying = Math.exp(-DROPOUT_PER_DAY * s) * quietBeyond ** (shape / (shape - 1));
	const dropoutAt = (w: number) => Math.exp(-DROPOUT_PER_DAY * scale * (w ** (-1 / (shape - 1)) - 1));
	const h = (1 - quietBeyond) / SIMPSON_STEPS;
	let integral = dropoutAt(quietBeyond) + dropoutAt(1);
	for (let i = 1; i < SIMPSON_STEPS; i++) integral += (i % 2 === 1 ? 4 : 2) * dropoutAt(quietBeyond + i * h);
	const stopped = ((DROPOUT_PER_DAY * scale) / (shape - 1)) * ((integral * h) / 3);
	return stillBuying / (stillBuying + stopped);
}

function silenceSign(f: CustomerFeatures, k: number): Sign {
	if (f.orderDays.length < 2 || f.daysSinceLastOrder === null) return { severity: "none" };
	const usual = usualInterval(f.orderDays);
	if (f.daysSinceLastOrder <= k * usual) return { severity: "none" };
	const days = f.orderDays;
	const span = (days[days.length - 1] as number) - (days[0] as number);
	const alive = probabilityActive(days.length - 1, span, f.daysSinceLastOrder);
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
