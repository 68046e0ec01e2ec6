import type { Tier } from "../schema/common";
import type { HandoverCustomer, HandoverInput } from "../schema/handover";

/** Tiers in the order they are shared out: the most valuable first, so they spread the most evenly. */
export const HANDOVER_TIER_ORDER: readonly Tier[] = ["platinum", "gold", "iron", "lead"];

export interface LeaverCustomer {
	id: string;
	name: string;
	tier: Tier;
	revenue12mUsd: number;
}

export type PlanOutcome =
	| { ok: true; customers: HandoverCustomer[] }
	| { ok: false; path: string; message: string };

/**
 * Who receives each of a leaver's customers. Customers assigned by hand go where they were put;
 * the others follow their tier's destination (default "spread"). Spreading walks the tiers from
 * Platinum down, the larger customers of a tier first, and gives each customer to the receiver
 * holding the fewest of that tier so far (then the fewest overall, then the first listed): every
 * receiver ends within one customer of the others per tier, and overall as far as tiers allow.
 */
export function planHandover(input: HandoverInput, leaverCustomers: readonly LeaverCustomer[]): PlanOutcome {
	const byHand = new Map(input.assignments.map((a) => [a.customerId, a.to]));
	const receivers = [...new Set(input.receivers)];
	const perTier = new Map(receivers.map((r) => [r, new Map<Tier, number>()]));
	const totals = new Map(receivers.map((r) => [r, 0]));
	const ordered = [...leaverCustomers].sort(
		(a, b) =>
			HANDOVER_TIER_ORDER.indexOf(a.tier) - HANDOVER_TIER_ORDER.indexOf(b.tier) ||
			b.revenue12mUsd - a.revenue12mUsd ||
			(a.id < b.id ? -1 : 1),
	);
	const planned: HandoverCustomer[] = [];
	for (const customer of ordered) {
		const manual = byHand.get(customer.id);
		const destination = manual ?? input.tiers[customer.tier] ?? "spread";
		let to: string | null;
		if (destination === "pool") to = null;
		else if (destination !== "spread") to = destination;
		else {
			if (receivers.length === 0) {
				return {
					ok: false,
					path: "receivers",
					message: "Choose colleagues to spread the customers to, or release their tier to the pool",
				};
			}
			to = fewest(receivers, (r) => [perTier.get(r)?.get(customer.tier) ?? 0, totals.get(r) ?? 0]);
		}
		if (to !== null && perTier.has(to)) {
			const tiers = perTier.get(to) as Map<Tier, number>;
			tiers.set(customer.tier, (tiers.get(customer.tier) ?? 0) + 1);
			totals.set(to, (totals.get(to) ?? 0) + 1);
		}
		planned.push({ ...customer, to });
	}
	return { ok: true, customers: planned };
}

function fewest(candidates: readonly string[], key: (candidate: string) => [number, number]): string {
	let best = candidates[0] as string;
	let bestKey = key(best);
	for (const candidate of candidates.slice(1)) {
		const k = key(candidate);
		if (k[0] < bestKey[0] || (k[0] === bestKey[0] && k[1] < bestKey[1])) {
			best = candidate;
			bestKey = k;
		}
	}
	return best;
}
