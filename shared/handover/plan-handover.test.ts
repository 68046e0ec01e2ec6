import { describe, expect, it } from "vitest";
import type { Tier } from "../schema/common";
import { handoverInputSchema } from "../schema/handover";
import { planHandover } from "./plan-handover";

const customersOf = (counts: Partial<Record<Tier, number>>) =>
	Object.entries(counts).flatMap(([tier, n]) =>
		Array.from({ length: n }, (_, i) => ({
			id: `${tier}-${String(i).padStart(3, "0")}`,
			name: `${tier} ${i}`,
			tier: tier as Tier,
			revenue12mUsd: 1000 - i,
		})),
	);

const plan = (body: unknown, counts: Partial<Record<Tier, number>>) => {
	const outcome = planHandover(handoverInputSchema.parse(body), customersOf(counts));
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.customers;
};

function tally(customers: { tier: Tier; to: string | null }[]) {
	const out: Record<string, Partial<Record<Tier, number>>> = {};
	for (const c of customers) {
		const key = c.to ?? "pool";
		out[key] ??= {};
		out[key][c.tier] = (out[key][c.tier] ?? 0) + 1;
	}
	return out;
}

describe("planHandover", () => {
	it("spreads each tier evenly, Platinum and Gold first, and balances the totals", () => {
		const result = plan(
			{ fromMemberId: "mem_x", receivers: ["a", "b", "c"] },
			{ platinum: 4, gold: 5, iron: 7, lead: 2 },
		);
		expect(result.map((c) => c.tier).slice(0, 9)).toEqual([
			...Array(4).fill("platinum"),
			...Array(5).fill("gold"),
		]);
		const t = tally(result);
		for (const tier of ["platinum", "gold", "iron"] as Tier[]) {
			const per = ["a", "b", "c"].map((r) => t[r]?.[tier] ?? 0);
			expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
		}
		const totals = ["a", "b", "c"].map((r) => Object.values(t[r] ?? {}).reduce((s, n) => s + n, 0));
		expect(totals.reduce((s, n) => s + n, 0)).toBe(18);
		expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
		// The largest Platinum customer goes to the first receiver.
		expect(result[0]).toMatchObject({ id: "platinum-000", to: "a" });
	});

	it("releases a tier to the pool, gives one to a named colleague, and honours assignments by hand", () => {
		const result = plan(
			{
				fromMemberId: "mem_x",
				receivers: ["a", "b"],
				tiers: { lead: "pool", iron: "c" },
				assignments: [
					{ customerId: "lead-000", to: "b" },
					{ customerId: "platinum-000", to: "pool" },
				],
			},
			{ platinum: 2, iron: 2, lead: 3 },
		);
		expect(tally(result)).toEqual({
			pool: { platinum: 1, lead: 2 },
			a: { platinum: 1 },
			c: { iron: 2 },
			b: { lead: 1 },
		});
	});

	it("refuses to spread with nobody to spread to", () => {
		const outcome = planHandover(
			handoverInputSchema.parse({ fromMemberId: "mem_x" }),
			customersOf({ gold: 1 }),
		);
		expect(outcome).toMatchObject({ ok: false, path: "receivers" });
		expect(planHandover(handoverInputSchema.parse({ fromMemberId: "mem_x" }), [])).toEqual({
			ok: true,
			customers: [],
		});
	});
});
