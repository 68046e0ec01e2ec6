import { type Cdf, rankIn } from "./cdf";
import type { CustomerFeatures } from "./features";
import type { PreparedSettings } from "./prepared";
import type { ScoringSettings } from "./settings";

/** The team distributions current value ranks against in percentile mode. */
export interface CurrentDistributions {
	revenue: Cdf;
	frequency: Cdf;
	recency: Cdf;
}

/** Sub-scores 0–1 in CURRENT_FACTORS order: recency, frequency, revenue. */
export type CurrentSubscores = [number, number, number];

/** Recency as a "higher is better" quantity: days left before the last order stops counting. */
export function freshness(daysSinceLastOrder: number | null, recencyDays: number): number {
	if (daysSinceLastOrder === null) return 0;
	return Math.max(0, recencyDays - daysSinceLastOrder);
}

/**
 * Absolute mode: revenue on a log scale up to `revenueUsd` (full marks), with the scale's knee at
 * 1/250 of it, so $1k, $10k and $100k of a $250k cut-off score about 0.13, 0.43 and 0.84; orders on a
 * log scale up to `ordersPerYear`; recency linear from the day of the last order to `recencyDays`.
 * Percentile mode: each quantity's rank among the team's buyers (a rank is the same on any monotone
 * scale, log included). A team with no buyers yet has no distribution, so absolute mode stands in.
 */
export function currentSubscores(
	revenueUsd: number,
	orders: number,
	daysSinceLastOrder: number | null,
	settings: ScoringSettings,
	distributions: CurrentDistributions | null,
): CurrentSubscores {
	const c = settings.current;
	const fresh = freshness(daysSinceLastOrder, c.recencyDays);
	if (ranksAgainstTeam(settings, distributions)) {
		return [
			rankIn(distributions.recency, fresh),
			rankIn(distributions.frequency, orders),
			rankIn(distributions.revenue, revenueUsd),
		];
	}
	return [
		fresh / c.recencyDays,
		Math.min(1, Math.log1p(orders) / Math.log1p(c.ordersPerYear)),
		revenueScale(revenueUsd, settings),
	];
}

/** 12-month revenue on the absolute log scale, 0–1: full marks at `revenueUsd`, the knee at 1/250 of it. */
export function revenueScale(revenueUsd: number, settings: ScoringSettings): number {
	const full = settings.current.revenueUsd;
	return Math.min(1, Math.log1p(revenueUsd / (full / 250)) / Math.log1p(250));
}

/** Percentile mode with a team to rank against; otherwise the absolute cut-offs apply. */
export function ranksAgainstTeam(
	settings: ScoringSettings,
	distributions: CurrentDistributions | null,
): distributions is CurrentDistributions {
	return (
		settings.current.mode === "percentile" && distributions !== null && distributions.revenue.x.length > 0
	);
}

export function subscoresOf(
	features: CustomerFeatures,
	settings: ScoringSettings,
	d: CurrentDistributions | null,
) {
	return currentSubscores(
		features.revenue12mUsd,
		features.orders12m,
		features.daysSinceLastOrder,
		settings,
		d,
	);
}

/** The unrounded current value, without building the sub-score array (hot loops, bisection). */
export function currentRaw(
	revenueUsd: number,
	orders: number,
	daysSinceLastOrder: number | null,
	prepared: PreparedSettings,
	distributions: CurrentDistributions | null,
): number {
	return weighted(
		currentSubscores(revenueUsd, orders, daysSinceLastOrder, prepared.settings, distributions),
		prepared.currentShares,
	);
}

/**
 * Weighted sum, 0–100, unrounded. Summed part by part in factor order exactly as the explanation's
 * contributions are, so the rounded score people see and this value never disagree about rounding.
 */
export function weighted(subscores: ArrayLike<number>, shares: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < shares.length; i++) sum += (shares[i] as number) * (subscores[i] as number) * 100;
	return sum;
}
