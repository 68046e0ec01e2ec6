import { analyseTeam, type TeamBaseline } from "./baseline";
import type { CustomerFeatures } from "./features";
import type { PotentialValues } from "./potential-value";
import { prepare } from "./prepared";
import { buildScore } from "./score-customer";
import type { ScoringSettings } from "./settings";
import { tierRule } from "./tiers";
import type { CustomerScore, ScoringInput } from "./types";

/**
 * Scores a whole team at once and returns the baseline to store for later single re-scores. Every score
 * equals scoreCustomer(input, settings, now, baseline, settingsVersion) for the returned baseline.
 */
export function scoreTeam(
	inputs: ScoringInput[],
	settings: ScoringSettings,
	now: Date,
	settingsVersion = 0,
): { scores: CustomerScore[]; baseline: TeamBaseline } {
	const analysis = analyseTeam(inputs, settings, now);
	const baseline: TeamBaseline = { ...analysis.baseline, settingsVersion };
	const prepared = prepare(settings);
	const rule = tierRule(settings, baseline.cutoffs);
	const scores = new Array<CustomerScore>(inputs.length);
	for (let i = 0; i < inputs.length; i++) {
		scores[i] = buildScore({
			input: inputs[i] as ScoringInput,
			features: analysis.features[i] as CustomerFeatures,
			potential: analysis.potentials[i] as PotentialValues,
			potentialRaw: analysis.potentialRaw[i] as number,
			currentRaw: analysis.currentRaw[i] as number,
			prepared,
			distributions: baseline.distributions,
			rule,
			settingsVersion,
		});
	}
	return { scores, baseline };
}
