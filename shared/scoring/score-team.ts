import { BaselineBuilder, type TeamBaseline } from "./baseline";
import { weighted } from "./current-value";
import { dayOf } from "./dates";
import { type CustomerFeatures, extractFeatures } from "./features";
import { type PotentialValues, potentialValues } from "./potential-value";
import { prepare } from "./prepared";
import { buildScore } from "./score-customer";
import type { ScoringSettings } from "./settings";
import { tierRule } from "./tiers";
import type { CustomerScore, ScoringInput } from "./types";

/**
 * Scores a whole team at once and returns the baseline to store for later single re-scores. Every score
 * equals scoreCustomer(input, settings, now, baseline, settingsVersion) for the returned baseline.
 * Holds every score in memory; for a team too big for that, stream it through BaselineBuilder and then
 * scoreCustomer page by page.
 */
export function scoreTeam(
	inputs: ScoringInput[],
	settings: ScoringSettings,
	now: Date,
	settingsVersion = 0,
): { scores: CustomerScore[]; baseline: TeamBaseline } {
	const prepared = prepare(settings);
	const nowDay = dayOf(now);
	const builder = new BaselineBuilder(settings, now);
	const n = inputs.length;
	const features = new Array<CustomerFeatures>(n);
	const potentials = new Array<PotentialValues>(n);
	const potentialRaw = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const input = inputs[i] as ScoringInput;
		const f = extractFeatures(input, settings, nowDay);
		const p = potentialValues(input, f, settings);
		features[i] = f;
		potentials[i] = p;
		potentialRaw[i] = weighted(p.values, prepared.potentialShares);
		builder.addFeatures(f, potentialRaw[i] as number);
	}
	const baseline = builder.finish(settingsVersion);
	const rule = tierRule(settings, baseline.cutoffs);
	const scores = new Array<CustomerScore>(n);
	for (let i = 0; i < n; i++) {
		scores[i] = buildScore({
			input: inputs[i] as ScoringInput,
			features: features[i] as CustomerFeatures,
			potential: potentials[i] as PotentialValues,
			potentialRaw: potentialRaw[i] as number,
			currentRaw: builder.currentRaw[i] as number,
			prepared,
			distributions: baseline.distributions,
			rule,
			settingsVersion,
		});
	}
	return { scores, baseline };
}
