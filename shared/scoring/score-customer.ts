import { type TeamBaseline, usableBaseline } from "./baseline";
import { churnWithReasons } from "./churn";
import { type CurrentDistributions, ranksAgainstTeam, subscoresOf, weighted } from "./current-value";
import { dayOf } from "./dates";
import { contributions, currentDetails, missingOf, potentialDetails } from "./explain";
import type { CustomerFeatures } from "./features";
import { extractFeatures } from "./features";
import { nextSteps } from "./next-steps";
import { type PotentialValues, potentialValues } from "./potential-value";
import { CURRENT_FACTORS, POTENTIAL_FACTORS, type PreparedSettings, prepare } from "./prepared";
import type { ScoringSettings } from "./settings";
import { type TierRule, tierOf, tierRule } from "./tiers";
import type { CustomerScore, Message, ScoringInput } from "./types";
import { MODEL_VERSION } from "./version";

/**
 * Scores one customer. In percentile mode it ranks against `baseline` (from computeBaseline or
 * scoreTeam); without a usable baseline (none yet, or from another MODEL_VERSION) the absolute cut-offs
 * and thresholds stand in, so a lead captured offline still gets a provisional tier.
 */
export function scoreCustomer(
	input: ScoringInput,
	settings: ScoringSettings,
	now: Date,
	baseline?: TeamBaseline | null,
	settingsVersion = 0,
): CustomerScore {
	const prepared = prepare(settings);
	const usable = usableBaseline(baseline);
	const distributions = usable?.distributions ?? null;
	const features = extractFeatures(input, settings, dayOf(now));
	const potential = potentialValues(input, features, settings);
	return buildScore({
		input,
		features,
		potential,
		potentialRaw: weighted(potential.values, prepared.potentialShares),
		currentRaw: null,
		prepared,
		distributions,
		rule: tierRule(settings, usable?.cutoffs ?? null),
		settingsVersion,
	});
}

export interface ScoreParts {
	input: ScoringInput;
	features: CustomerFeatures;
	potential: PotentialValues;
	potentialRaw: number;
	/** Already computed by the team pass, or null to compute here (same arithmetic either way). */
	currentRaw: number | null;
	prepared: PreparedSettings;
	distributions: CurrentDistributions | null;
	rule: TierRule;
	settingsVersion: number;
}

export function buildScore(parts: ScoreParts): CustomerScore {
	const { input, features, potential, prepared, rule } = parts;
	const settings = prepared.settings;
	const sub = subscoresOf(features, settings, parts.distributions);
	const currentRaw = parts.currentRaw ?? weighted(sub, prepared.currentShares);
	const potentialRaw = parts.potentialRaw;
	const tier = tierOf(
		rule.highCurrent(currentRaw, potentialRaw, features.revenue12mUsd),
		rule.highPotential(currentRaw, potentialRaw, features.revenue12mUsd),
	);
	const current = contributions(
		CURRENT_FACTORS,
		sub,
		prepared.currentShares,
		currentDetails(features, sub, ranksAgainstTeam(settings, parts.distributions)),
	);
	const potentialParts = contributions(
		POTENTIAL_FACTORS,
		potential.values,
		prepared.potentialShares,
		potentialDetails(input, features, potential, settings),
		potential.unknownMask,
	);
	const steps = nextSteps({
		input,
		features,
		potential,
		currentRaw,
		potentialRaw,
		tier,
		rule,
		prepared,
		distributions: parts.distributions,
	});
	const missing = missingOf(potential, features);
	const churn = churnWithReasons(features, settings);
	return {
		current: sumPoints(current),
		potential: sumPoints(potentialParts),
		tier,
		churn: churn.churn,
		explanation: {
			current,
			potential: potentialParts,
			missing: missing.missing,
			missingItems: missing.items,
			nextSteps: steps.map((s) => s.detail),
			nextStepItems: steps.map((s) => s.message as Message),
			steps,
			churnReasons: churn.reasons,
			revenue12mUsd: Math.round(features.revenue12mUsd * 100) / 100,
			thresholds: { ...rule.shown, mode: rule.mode },
		},
		modelVersion: MODEL_VERSION,
		settingsVersion: parts.settingsVersion,
	};
}

function sumPoints(parts: Array<{ points: number }>): number {
	let sum = 0;
	for (const p of parts) sum += p.points;
	return sum;
}
