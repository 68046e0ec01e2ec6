import { buildCdf } from "./cdf";
import { type CurrentDistributions, currentRaw, freshness, weighted } from "./current-value";
import { dayOf } from "./dates";
import { type CustomerFeatures, extractFeatures } from "./features";
import { potentialValues } from "./potential-value";
import { type PreparedSettings, prepare } from "./prepared";
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
	/** Customers with a purchase in the trailing 12 months. */
	buyers: number;
	distributions: CurrentDistributions;
	cutoffs: TierCutoffs;
}

/**
 * Builds a baseline from customers added one at a time, keeping four numbers per customer, so a large
 * team can be streamed page by page (Workers have 128 MB) and then re-scored page by page with
 * scoreCustomer(input, settings, now, baseline): the scores equal scoreTeam's.
 */
export class BaselineBuilder {
	private readonly prepared: PreparedSettings;
	private readonly nowDay: number;
	private readonly revenue: number[] = [];
	private readonly orders: number[] = [];
	/** Days since the last order, -1 for never. */
	private readonly silence: number[] = [];
	private readonly potential: number[] = [];
	/** Unrounded current values, filled by finish(). */
	currentRaw: Float64Array = new Float64Array(0);

	constructor(
		settings: ScoringSettings,
		private readonly now: Date,
	) {
		this.prepared = prepare(settings);
		this.nowDay = dayOf(now);
	}

	add(input: ScoringInput): void {
		const features = extractFeatures(input, this.prepared.settings, this.nowDay);
		const potential = potentialValues(input, features, this.prepared.settings);
		this.addFeatures(features, weighted(potential.values, this.prepared.potentialShares));
	}

	/** For scoreTeam, which keeps the features it has already extracted. */
	addFeatures(f: CustomerFeatures, potentialRaw: number): void {
		this.revenue.push(f.revenue12mUsd);
		this.orders.push(f.orders12m);
		this.silence.push(f.daysSinceLastOrder ?? -1);
		this.potential.push(potentialRaw);
	}

	finish(settingsVersion?: number): TeamBaseline {
		const settings = this.prepared.settings;
		const n = this.revenue.length;
		const distributions = this.distributions();
		const current = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const silence = this.silence[i] as number;
			current[i] = currentRaw(
				this.revenue[i] as number,
				this.orders[i] as number,
				silence < 0 ? null : silence,
				this.prepared,
				distributions,
			);
		}
		this.currentRaw = current;
		const baseline: TeamBaseline = {
			modelVersion: MODEL_VERSION,
			asOf: this.now.toISOString().slice(0, 10),
			customers: n,
			buyers: this.orders.filter((o) => o > 0).length,
			distributions,
			cutoffs: percentileCutoffs(
				{
					current,
					potential: Float64Array.from(this.potential),
					revenueUsd: Float64Array.from(this.revenue),
				},
				settings,
			),
		};
		if (settingsVersion !== undefined) baseline.settingsVersion = settingsVersion;
		return baseline;
	}

	private distributions(): CurrentDistributions {
		const recencyDays = this.prepared.settings.current.recencyDays;
		const fresh = this.silence.map((s) => freshness(s < 0 ? null : s, recencyDays));
		return {
			revenue: buildCdf(positiveSorted(this.revenue)),
			frequency: buildCdf(positiveSorted(this.orders)),
			recency: buildCdf(positiveSorted(fresh)),
		};
	}
}

function positiveSorted(values: number[]): Float64Array {
	return Float64Array.from(values.filter((v) => v > 0)).sort();
}
