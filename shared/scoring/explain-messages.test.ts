import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysAgo, inputArb, NOW } from "../../tests/shared/scoring-arbitraries";
import { churnReasonMessages } from "./churn";
import { scoreCustomer } from "./score-customer";
import { scoreTeam } from "./score-team";
import { defaultScoringSettings as settings } from "./settings";
import type { CustomerScore, Message, ScoringInput } from "./types";

const withUnknownCurrency = fc
	.tuple(inputArb, fc.boolean())
	.map(
		([input, xyz]): ScoringInput =>
			xyz
				? { ...input, orders: [...input.orders, { amount: 500, currency: "XYZ", date: daysAgo(3) }] }
				: input,
	);

function wellFormed(m: Message | undefined): boolean {
	if (!m?.key.startsWith("scoring.")) return false;
	return Object.values(m.params).every((v) => typeof v === "string" || Number.isFinite(v));
}

function checkStructured(score: CustomerScore): void {
	const e = score.explanation;
	for (const c of [...e.current, ...e.potential]) {
		expect(wellFormed(c.message), `${c.factor}: ${c.detail}`).toBe(true);
		for (const note of c.notes ?? []) expect(wellFormed(note), c.detail).toBe(true);
	}
	expect(e.missingItems).toHaveLength(e.missing.length);
	expect(e.nextStepItems).toHaveLength(e.nextSteps.length);
	expect(e.steps.map((s) => s.message)).toEqual(e.nextStepItems);
	for (const m of [...(e.missingItems ?? []), ...(e.nextStepItems ?? [])]) expect(wellFormed(m)).toBe(true);
	const reasons = e.churnReasons ?? [];
	expect(reasons.length > 0).toBe(score.churn.flag);
	for (const m of reasons) expect(wellFormed(m)).toBe(true);
	// The English reason a record keeps reads back into the same messages.
	if (score.churn.reason) expect(churnReasonMessages(score.churn.reason)).toEqual(reasons);
}

describe("structured explanation", () => {
	it("gives every factor, missing input, next step and churn reason a message, alone and in a team", () => {
		fc.assert(
			fc.property(withUnknownCurrency, (input) => checkStructured(scoreCustomer(input, settings, NOW))),
		);
		fc.assert(
			fc.property(fc.array(withUnknownCurrency, { minLength: 1, maxLength: 12 }), (inputs) => {
				for (const score of scoreTeam(inputs, settings, NOW).scores) checkStructured(score);
			}),
			{ numRuns: 40 },
		);
	});

	it("puts the numbers in params, not in the key", () => {
		const input: ScoringInput = {
			orders: [
				{ amount: 12_000, currency: "USD", date: daysAgo(40) },
				{ amount: 900, currency: "XYZ", date: daysAgo(10) },
			],
			interactions: [],
			inquiries: [{ genericRequest: true }],
			company: { buyerType: "importer", country: "de", size: "large" },
			platform: { verifiedBuyer: true, yearsRegistered: 3 },
		};
		const e = scoreCustomer(input, settings, NOW).explanation;
		expect(e.current.map((c) => c.message)).toEqual([
			{ key: "scoring.recency.daysAgo", params: { days: 40 } },
			{ key: "scoring.frequency", params: { count: 1 } },
			{ key: "scoring.revenue", params: { amountUsd: 12_000 } },
		]);
		expect(e.current[2]?.notes).toEqual([{ key: "scoring.note.fxLeftOut", params: { currencies: "XYZ" } }]);
		expect(e.potential[0]?.message).toEqual({ key: "scoring.buyerType", params: { buyerType: "importer" } });
		expect(e.potential[3]?.message).toEqual({ key: "scoring.market", params: { country: "DE", weight: 90 } });
		expect(e.potential[4]?.notes).toEqual([{ key: "scoring.note.genericRequest", params: {} }]);
		expect(e.potential[6]?.message?.key).toBe("scoring.platform.verified");
		expect(e.potential[6]?.notes).toEqual([{ key: "scoring.platform.years", params: { years: 3 } }]);
		expect(e.missingItems?.at(-1)).toEqual({ key: "scoring.missing.fx", params: { currencies: "XYZ" } });
	});

	it("reads back only the churn reasons this engine writes", () => {
		expect(churnReasonMessages("No order for 46 days; usually re-orders every 30 days")).toEqual([
			{ key: "scoring.churn.silence", params: { days: 46, usualDays: 30 } },
		]);
		expect(
			churnReasonMessages(
				"No order for 46 days; usually re-orders every 30 days; Buyer messages fell from 6 to 1.5 in the last 90 days",
			),
		).toHaveLength(2);
		expect(churnReasonMessages("Customer said goodbye")).toBeNull();
		expect(churnReasonMessages("No order for 46 days; usually re-orders every 30 days; and more")).toBeNull();
	});
});
