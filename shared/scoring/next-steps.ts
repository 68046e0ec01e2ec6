import type { Tier } from "../schema/common";
import { type CurrentDistributions, currentRaw } from "./current-value";
import type { CustomerFeatures } from "./features";
import { constMsg, msg } from "./message";
import { usd } from "./money-text";
import type { PotentialValues } from "./potential-value";
import { POTENTIAL_FACTORS, type PotentialFactor, type PreparedSettings } from "./prepared";
import type { TierRule } from "./tiers";
import type { Message, NextStep, ScoringInput } from "./types";

export interface StepContext {
	input: ScoringInput;
	features: CustomerFeatures;
	potential: PotentialValues;
	currentRaw: number;
	potentialRaw: number;
	tier: Tier;
	rule: TierRule;
	prepared: PreparedSettings;
	distributions: CurrentDistributions | null;
}

/** Lead → Gold needs current value, Lead → Iron and Gold → Platinum potential, Iron → Platinum current. */
export function nextSteps(ctx: StepContext): NextStep[] {
	const steps: NextStep[] = [];
	if (ctx.tier === "lead" || ctx.tier === "iron") {
		const step = currentStep(ctx);
		if (step) steps.push(step);
	}
	if (ctx.tier === "lead" || ctx.tier === "gold") steps.push(...potentialSteps(ctx));
	return steps;
}

const MAX_EXTRA_USD = 1e10;

/** The smallest new order today that makes current value "high", found by bisection (monotone). */
function currentStep(ctx: StepContext): NextStep | null {
	const f = ctx.features;
	const settings = ctx.prepared.settings;
	const window = settings.engagementWindowDays;
	const passes = (extra: number) => {
		const current = currentRaw(f.revenue12mUsd + extra, f.orders12m + 1, 0, ctx.prepared, ctx.distributions);
		return ctx.rule.highCurrent(current, ctx.potentialRaw, f.revenue12mUsd + extra);
	};
	if (!passes(MAX_EXTRA_USD)) {
		return {
			factor: "frequency",
			detail: `more frequent orders, starting in the next ${window} days`,
			message: msg("scoring.step.frequency", { days: window }),
		};
	}
	let lo = 0;
	let hi = Math.max(1000, f.revenue12mUsd);
	while (!passes(hi)) hi *= 4;
	if (passes(0))
		return {
			factor: "recency",
			detail: `a new order in the next ${window} days`,
			message: msg("scoring.step.recency", { days: window }),
		};
	while (hi - lo > Math.max(1, lo * 0.005)) {
		const mid = (lo + hi) / 2;
		if (passes(mid)) hi = mid;
		else lo = mid;
	}
	const amount = roundUp2(hi);
	return {
		factor: "revenue",
		detail: `≈ ${usd(amount)} more orders in the next ${window} days`,
		amountUsd: amount,
		message: msg("scoring.step.revenue", { amountUsd: amount, days: window }),
	};
}

/** Two significant figures, rounded up so the amount is enough. */
function roundUp2(n: number): number {
	if (n < 10) return Math.ceil(n);
	const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
	return Math.ceil(n / unit) * unit;
}

type Advice = { detail: string; message: Message };

function advice(factor: PotentialFactor, state: "unknown" | "known", detail: string): Advice {
	return { detail, message: constMsg(`scoring.step.${factor}.${state}`) };
}

/** Factors a salesperson can still learn or change; known buyer type, size and market are facts. */
const ADVICE: Record<PotentialFactor, { unknown: Advice; known?: Advice }> = {
	buyerType: { unknown: advice("buyerType", "unknown", "confirm the buyer type") },
	companySize: { unknown: advice("companySize", "unknown", "find out the company size") },
	domain: {
		unknown: advice("domain", "unknown", "get the buyer's corporate email or website"),
		known: advice("domain", "known", "get a corporate email address or website"),
	},
	market: { unknown: advice("market", "unknown", "record the buyer's country") },
	inquiry: {
		unknown: advice("inquiry", "unknown", "get an inquiry with quantity, target price and specifications"),
		known: advice("inquiry", "known", "ask for quantity, target price, specifications and incoterm"),
	},
	engagement: {
		unknown: advice("engagement", "unknown", "start a conversation with the buyer"),
		known: advice("engagement", "known", "get the buyer replying more often"),
	},
	platform: {
		unknown: advice("platform", "unknown", "check the buyer's trade-platform profile"),
		known: advice("platform", "known", "check the buyer's verification and history on the platform"),
	},
};

const BEST_KNOWN = 1;

/** The fewest factors, largest gain first, whose best case would lift potential over the cut-off. */
function potentialSteps(ctx: StepContext): NextStep[] {
	const shares = ctx.prepared.potentialShares;
	const settings = ctx.prepared.settings;
	const options: Array<{ factor: string; gain: number; advice: Advice }> = [];
	POTENTIAL_FACTORS.forEach((factor, i) => {
		const unknown = (ctx.potential.unknownMask & (1 << i)) !== 0;
		const chosen = unknown ? ADVICE[factor].unknown : ADVICE[factor].known;
		if (!chosen) return;
		const best =
			factor === "buyerType" ? Math.max(...Object.values(settings.potential.buyerTypes)) / 100 : BEST_KNOWN;
		const gain = (shares[i] as number) * (best - (ctx.potential.values[i] as number)) * 100;
		if (gain > 0.5) options.push({ factor, gain, advice: chosen });
	});
	options.sort((a, b) => b.gain - a.gain);
	const steps: NextStep[] = [];
	let potential = ctx.potentialRaw;
	for (const option of options) {
		if (steps.length === 3 || ctx.rule.highPotential(ctx.currentRaw, potential, ctx.features.revenue12mUsd))
			break;
		steps.push({ factor: option.factor, detail: option.advice.detail, message: option.advice.message });
		potential += option.gain;
	}
	return steps;
}
