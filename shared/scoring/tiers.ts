import type { Tier } from "../schema/common";
import type { ScoringSettings } from "./settings";

/**
 * Percentile-mode cut-offs, kept in the baseline so one customer can be re-scored without the team: the
 * standing of the last customer inside each group. Customers are ordered by (current, potential,
 * revenue) for the current split and by (potential, current, revenue) for the potential split; the later
 * values break ties (percentile ranks are fractions of the team size, so equal current values are common,
 * and signals are coarse), so the shares land within a customer of the targets.
 *
 * Customers who tie on all three numbers cannot be told apart, so they always fall on the same side: a
 * tie across the boundary stays below it, and the high group is that much smaller than its target. The
 * target share is a ceiling, not a quota: Platinum, Gold and Iron mean "stands out from the team" and
 * direct scarce effort, so a customer who is level with one left out has not earned them. Letting the
 * whole tie in instead would let one large tie fill the high tier (a ledger with no recent buyer and one
 * dominant market put 95% of a team in Iron against a 25% target) and tell people nothing.
 */
export interface TierCutoffs {
	current: Standing;
	potential: Standing;
}

/** Where a customer stands: unrounded current and potential values, and 12-month revenue in USD. */
export interface Standing {
	current: number;
	potential: number;
	revenueUsd: number;
}

/** Above any score: the cut-off when the target share rounds to no customer. */
export const NONE = 101;

export interface TierRule {
	highCurrent(current: number, potential: number, revenueUsd: number): boolean;
	highPotential(current: number, potential: number, revenueUsd: number): boolean;
	/** The cut-offs as shown to people (0–100), for the explanation. */
	shown: { current: number; potential: number };
	mode: "percentile" | "absolute";
}

/** Percentile mode with cut-offs compares unrounded standings; absolute mode the rounded scores people see. */
export function tierRule(settings: ScoringSettings, cutoffs: TierCutoffs | null): TierRule {
	const t = settings.tiers;
	if (t.mode === "percentile" && cutoffs) {
		const { current: c, potential: p } = cutoffs;
		return {
			highCurrent: (cur, pot, rev) => cur > 0 && atLeast(cur, pot, rev, c.current, c.potential, c.revenueUsd),
			highPotential: (cur, pot, rev) => atLeast(pot, cur, rev, p.potential, p.current, p.revenueUsd),
			shown: {
				current: Math.min(100, Math.round(c.current)),
				potential: Math.min(100, Math.round(p.potential)),
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

/** (a1, a2, a3) ≥ (b1, b2, b3) lexicographically. */
function atLeast(a1: number, a2: number, a3: number, b1: number, b2: number, b3: number): boolean {
	if (a1 !== b1) return a1 > b1;
	if (a2 !== b2) return a2 > b2;
	return a3 >= b3;
}

export function tierOf(highCurrent: boolean, highPotential: boolean): Tier {
	if (highCurrent) return highPotential ? "platinum" : "gold";
	return highPotential ? "iron" : "lead";
}

/** Unrounded values of the whole team, by customer index. */
export interface TeamStandings {
	current: Float64Array;
	potential: Float64Array;
	revenueUsd: Float64Array;
}

/**
 * Cut-offs for percentile mode: the top (platinum + gold) % of the team by current value are "high
 * current" (only customers with some current value qualify), and the potential cut-off is set inside
 * that group so that platinum % of the whole team are Platinum. A team with no high-current customer yet
 * (all leads) takes the same potential share of the whole team, so it still sees its Iron.
 */
export function percentileCutoffs(team: TeamStandings, settings: ScoringSettings): TierCutoffs {
	const n = team.current.length;
	const { platinumPercent, goldPercent } = settings.tiers;
	const wantHigh = Math.round((n * (platinumPercent + goldPercent)) / 100);
	const wantPlatinum = Math.round((n * platinumPercent) / 100);
	const { current, potential, revenueUsd } = team;
	const byCurrent = indicesWhere(n, (i) => (current[i] as number) > 0);
	byCurrent.sort((a, b) => desc(current, potential, revenueUsd, a, b));
	const high = byCurrent.subarray(0, clearOfTies(team, byCurrent, wantHigh));
	const pool = high.length > 0 ? Uint32Array.from(high) : indicesWhere(n, () => true);
	const want =
		high.length > 0
			? wantPlatinum
			: Math.round((n * platinumPercent) / Math.max(1, platinumPercent + goldPercent));
	pool.sort((a, b) => desc(potential, current, revenueUsd, a, b));
	const top = clearOfTies(team, pool, want);
	return {
		current: standingAt(team, high[high.length - 1]),
		potential: standingAt(team, top > 0 ? pool[top - 1] : undefined),
	};
}

/**
 * How many of `sorted` (best first) are inside a group of `want`: `want`, capped at the list, less any
 * customers who tie with the first one left out (they stay out with it, so equal standings share a tier).
 */
function clearOfTies(team: TeamStandings, sorted: Uint32Array, want: number): number {
	let k = Math.max(0, Math.min(want, sorted.length));
	if (k === sorted.length) return k;
	const out = sorted[k] as number;
	while (k > 0 && sameStanding(team, sorted[k - 1] as number, out)) k--;
	return k;
}

function sameStanding(team: TeamStandings, a: number, b: number): boolean {
	return (
		team.current[a] === team.current[b] &&
		team.potential[a] === team.potential[b] &&
		team.revenueUsd[a] === team.revenueUsd[b]
	);
}

function standingAt(team: TeamStandings, i: number | undefined): Standing {
	if (i === undefined) return { current: NONE, potential: NONE, revenueUsd: 0 };
	return {
		current: team.current[i] as number,
		potential: team.potential[i] as number,
		revenueUsd: team.revenueUsd[i] as number,
	};
}

function desc(first: Float64Array, second: Float64Array, third: Float64Array, a: number, b: number): number {
	return (
		(first[b] as number) - (first[a] as number) ||
		(second[b] as number) - (second[a] as number) ||
		(third[b] as number) - (third[a] as number)
	);
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
