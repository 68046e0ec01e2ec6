import type { ScoringSettings } from "./settings";

export const CURRENT_FACTORS = ["recency", "frequency", "revenue"] as const;
export type CurrentFactor = (typeof CURRENT_FACTORS)[number];

export const POTENTIAL_FACTORS = [
	"buyerType",
	"companySize",
	"domain",
	"market",
	"inquiry",
	"engagement",
	"platform",
] as const;
export type PotentialFactor = (typeof POTENTIAL_FACTORS)[number];

/** Settings turned into what the hot loop needs: weights normalised to shares that sum to 1. */
export interface PreparedSettings {
	settings: ScoringSettings;
	currentShares: Float64Array;
	potentialShares: Float64Array;
}

const cache = new WeakMap<ScoringSettings, PreparedSettings>();

/** Cached per settings object, so scoring customers one by one does not redo this work. */
export function prepare(settings: ScoringSettings): PreparedSettings {
	let prepared = cache.get(settings);
	if (!prepared) {
		prepared = {
			settings,
			currentShares: shares(CURRENT_FACTORS.map((f) => settings.current.weights[f])),
			potentialShares: shares(POTENTIAL_FACTORS.map((f) => settings.potential.weights[f])),
		};
		cache.set(settings, prepared);
	}
	return prepared;
}

function shares(weights: number[]): Float64Array {
	const total = weights.reduce((a, b) => a + b, 0);
	return Float64Array.from(weights, (w) => (total > 0 ? w / total : 1 / weights.length));
}
