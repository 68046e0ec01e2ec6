import { buildCdf } from "./cdf";
import { type CurrentDistributions, freshness, subscoresOf, weighted } from "./current-value";
import { dayOf } from "./dates";
import { type CustomerFeatures, extractFeatures } from "./features";
import { type PotentialValues, potentialValues } from "./potential-value";
import { prepare } from "./prepared";
import type { ScoringSettings } from "./settings";
import { percentileCutoffs, type TierCutoffs } from "./tiers";
import type { ScoringInput } from "./types";
import { MODEL_VERSION } from "./version";

/**
 * What one customer's score needs to know about the rest of the team: the distributions current value
 * ranks against (percentile mode) and the tier cut-offs (percentile tier mode). Plain JSON; store it
 * with the team and pass it to scoreCustomer. A baseline from another MODEL_VERSION is ignored.
 */
export interface TeamBaseline {
	modelVersion: number;
	/** The "now" it was computed for, YYYY-MM-DD. */
	asOf: string;
	/** Settings version it was computed with, when scoreTeam was told. */
	settingsVersion?: number;
	customers: number;
	/** Customers with a purchase in the trailing 12 months: the population of the distributions. */
	buyers: number;
	distributions: CurrentDistributions;
	cutoffs: TierCutoffs;
}

/** Per-customer results of the team pass, kept so scoreTeam does not compute anything twice. */
export interface TeamAnalysis {
	baseline: TeamBaseline;
	features: CustomerFeatures[];
	potentials: PotentialValues[];
	currentRaw: Float64Array;
	potentialRaw: Float64Array;
}

export function analyseTeam(inputs: ScoringInput[], settings: ScoringSettings, now: Date): TeamAnalysis {
	const prepared = prepare(settings);
	const nowDay = dayOf(now);
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
	}
	const distributions = distributionsOf(features, settings.current.recencyDays);
	const currentRaw = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const sub = subscoresOf(features[i] as CustomerFeatures, settings, distributions);
		currentRaw[i] = weighted(sub, prepared.currentShares);
	}
	const baseline: TeamBaseline = {
		modelVersion: MODEL_VERSION,
		asOf: now.toISOString().slice(0, 10),
		customers: n,
		buyers: countPositive(features),
		distributions,
		cutoffs: percentileCutoffs(currentRaw, potentialRaw, settings),
	};
	return { baseline, features, potentials, currentRaw, potentialRaw };
}

export function computeBaseline(inputs: ScoringInput[], settings: ScoringSettings, now: Date): TeamBaseline {
	return analyseTeam(inputs, settings, now).baseline;
}

/** The baseline if this model can use it. */
export function usableBaseline(baseline: TeamBaseline | null | undefined): TeamBaseline | null {
	return baseline && baseline.modelVersion === MODEL_VERSION ? baseline : null;
}

function distributionsOf(features: CustomerFeatures[], recencyDays: number): CurrentDistributions {
	const revenue = new Float64Array(features.length);
	const frequency = new Float64Array(features.length);
	const recency = new Float64Array(features.length);
	let r = 0;
	let q = 0;
	let s = 0;
	for (const f of features) {
		if (f.revenue12mUsd > 0) revenue[r++] = f.revenue12mUsd;
		if (f.orders12m > 0) frequency[q++] = f.orders12m;
		const fresh = freshness(f.daysSinceLastOrder, recencyDays);
		if (fresh > 0) recency[s++] = fresh;
	}
	return {
		revenue: buildCdf(revenue.subarray(0, r).sort()),
		frequency: buildCdf(frequency.subarray(0, q).sort()),
		recency: buildCdf(recency.subarray(0, s).sort()),
	};
}

function countPositive(features: CustomerFeatures[]): number {
	let n = 0;
	for (const f of features) if (f.orders12m > 0) n++;
	return n;
}
