import type { TierSummary } from "../schema/scoring-answers";
import type { ScoringSettings } from "./settings";
import { tierLabel } from "./tiers";
import type { Tier } from "./types";

export type { TierShare, TierSummary } from "../schema/scoring-answers";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

/** Customers and revenue counted per tier (a tier with none may be missing). */
export type TierTotals = Map<Tier, { customers: number; revenue: number }>;

/** Every tier in order with its shares (to 4 places) and revenue (to the cent), labelled in English. */
export function summarizeTiers(
	asOf: string | null,
	totals: TierTotals,
	scheme: ScoringSettings["labelScheme"],
): TierSummary {
	let customerCount = 0;
	let revenue = 0;
	for (const t of totals.values()) {
		customerCount += t.customers;
		revenue += t.revenue;
	}
	const share = (part: number, whole: number) =>
		whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0;
	return {
		asOf,
		customers: customerCount,
		revenue12mUsd: Math.round(revenue * 100) / 100,
		tiers: TIERS.map((tier) => {
			const t = totals.get(tier) ?? { customers: 0, revenue: 0 };
			return {
				tier,
				label: tierLabel(tier, scheme, "en"),
				customers: t.customers,
				customerShare: share(t.customers, customerCount),
				revenue12mUsd: Math.round(t.revenue * 100) / 100,
				revenueShare: share(t.revenue, revenue),
			};
		}),
	};
}
