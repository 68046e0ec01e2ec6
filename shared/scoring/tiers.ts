import type { Tier } from "../schema/common";
import type { ScoringSettings } from "./settings";

/**
 * Percentile-mode cut-offs, kept in the baseline so one customer can be re-scored without the team.
 * Customers are ordered by (current, potential) for the current split and by (potential, current) for
 * the potential split: the second value breaks ties, so the shares land within a customer of the targets
 * even when many customers share a potential (signals are coarse). A value of NONE means nobody passes.
 */
export interface TierCutoffs {
	current: number;
	currentTie: number;
	potential: number;
	potentialTie: number;
}

/** Above any score: the cut-off when the target share rounds to no customer. */
export const NONE = 101;

export interface TierRule {
	highCurrent(current: number, potential: number): boolean;
	highPotential(current: number, potential: number): boolean;
	/** The cut-offs as shown to people (0–100), for the explanation. */
	shown: { current: number; potential: number };
	mode: "percentile" | "absolute";
}

/** Percentile mode with cut-offs compares the unrounded values; absolute mode the rounded scores people see. */
export function tierRule(settings: ScoringSettings, cutoffs: TierCutoffs | null): TierRule {
	const t = settings.tiers;
	if (t.mode === "percentile" && cutoffs) {
		const c = cutoffs;
		return {
			highCurrent: (cur, pot) => cur > 0 && (cur > c.current || (cur === c.current && pot >= c.currentTie)),
			highPotential: (cur, pot) => pot > c.potential || (pot === c.potential && cur >= c.potentialTie),
			shown: {
				current: Math.min(100, Math.round(c.current)),
				potential: Math.min(100, Math.round(c.potential)),
			},
			mode: "percentile",
		};
	}
	return {
		highCurrent: (cur) => cur > 0 && Math.round(cur) >= t.current,
		highPotential: (_cur, pot) => Math.round(pot) >= t.potential,
		shown: { current: t.current, potential: t.potential },
		mode: "absolute",
	};
}

export function tierOf(highCurrent: boolean, highPotential: boolean): Tier {
	if (highCurrent) return highPotential ? "platinum" : "gold";
	return highPotential ? "iron" : "lead";
}

/**
 * Cut-offs for percentile mode: the top (platinum + gold) % of the team by current value are "high
 * current" (only customers with some current value qualify), and the potential cut-off is set inside
 * that group so that platinum % of the whole team are Platinum. A team with no high-current customer yet
 * (all leads) takes the same potential share of the whole team, so it still sees its Iron.
 */
export function percentileCutoffs(
	currents: Float64Array,
	potentials: Float64Array,
	settings: ScoringSettings,
): TierCutoffs {
	const n = currents.length;
	const { platinumPercent, goldPercent } = settings.tiers;
	const wantHigh = Math.round((n * (platinumPercent + goldPercent)) / 100);
	const wantPlatinum = Math.round((n * platinumPercent) / 100);
	const byCurrent = indicesWhere(n, (i) => (currents[i] as number) > 0);
	byCurrent.sort((a, b) => desc(currents, potentials, a, b));
	const high = byCurrent.subarray(0, Math.min(wantHigh, byCurrent.length));
	const cut: TierCutoffs = { current: NONE, currentTie: NONE, potential: NONE, potentialTie: NONE };
	const lastHigh = high[high.length - 1];
	if (lastHigh !== undefined) {
		cut.current = currents[lastHigh] as number;
		cut.currentTie = potentials[lastHigh] as number;
	}
	const pool = high.length > 0 ? Uint32Array.from(high) : indicesWhere(n, () => true);
	const want =
		high.length > 0
			? Math.min(wantPlatinum, pool.length)
			: Math.round((n * platinumPercent) / Math.max(1, platinumPercent + goldPercent));
	pool.sort((a, b) => desc(potentials, currents, a, b));
	const lastPlatinum = want > 0 ? pool[want - 1] : undefined;
	if (lastPlatinum !== undefined) {
		cut.potential = potentials[lastPlatinum] as number;
		cut.potentialTie = currents[lastPlatinum] as number;
	}
	return cut;
}

function desc(first: Float64Array, second: Float64Array, a: number, b: number): number {
	return (first[b] as number) - (first[a] as number) || (second[b] as number) - (second[a] as number);
}

function indicesWhere(n: number, keep: (i: number) => boolean): Uint32Array {
	const out = new Uint32Array(n);
	let k = 0;
	for (let i = 0; i < n; i++) if (keep(i)) out[k++] = i;
	return out.subarray(0, k);
}

const LABELS = {
	metal: {
		en: { platinum: "Platinum", gold: "Gold", iron: "Iron", lead: "Lead" },
		zh_CN: { platinum: "白金客户", gold: "黄金客户", iron: "铁质客户", lead: "铅质客户" },
	},
	letter: { platinum: "S", gold: "A", iron: "B", lead: "C" },
} as const;

/** The tier's display label in the team's scheme; S/A/B/C read the same in every locale. */
export function tierLabel(tier: Tier, scheme: "metal" | "letter", locale: "en" | "zh_CN"): string {
	return scheme === "letter" ? LABELS.letter[tier] : LABELS.metal[locale][tier];
}
