import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { placeholders, setLocale } from "../../extension/i18n";
import { scoring } from "../../extension/locales/scoring";
import { messageText } from "../../extension/ui/side-panel/explanation-text";
import {
	type CustomerScore,
	churnReasonMessages,
	type Message,
	type ScoringInput,
} from "../../shared/scoring";
import { scoreCustomer } from "../../shared/scoring/score-customer";
import { scoreTeam } from "../../shared/scoring/score-team";
import { defaultScoringSettings, type ScoringSettings } from "../../shared/scoring/settings";
import { daysAgo, inputArb, NOW } from "../shared/scoring-arbitraries";

// Every message the engine writes must have its text in both languages, with a param for each
// placeholder: checked on real engine output over random customers, alone and ranked in teams.

const absolute: ScoringSettings = {
	...defaultScoringSettings,
	current: { ...defaultScoringSettings.current, mode: "absolute" },
};

const inputs = fc
	.tuple(inputArb, fc.boolean(), fc.nat({ max: 3 }))
	.map(([input, xyz, extra]): ScoringInput => {
		const orders = [...input.orders];
		if (xyz) orders.push({ amount: 700, currency: "XYZ", date: daysAgo(5) });
		// A steady rhythm that then stops, so some customers carry a silence churn warning.
		for (let i = 0; i < extra * 3; i++)
			orders.push({ amount: 1000, currency: "USD", date: daysAgo(200 + i * 30) });
		return { ...input, orders };
	});

function messagesOf(score: CustomerScore): Message[] {
	const e = score.explanation;
	const out: Message[] = [];
	for (const c of [...e.current, ...e.potential]) {
		expect(c.message, `${c.factor}: ${c.detail}`).toBeDefined();
		if (c.message) out.push(c.message);
		out.push(...(c.notes ?? []));
	}
	expect(e.missingItems).toHaveLength(e.missing.length);
	expect(e.nextStepItems).toHaveLength(e.nextSteps.length);
	out.push(...(e.missingItems ?? []), ...(e.nextStepItems ?? []), ...(e.churnReasons ?? []));
	if (score.churn.reason) out.push(...(churnReasonMessages(score.churn.reason) ?? []));
	return out;
}

const seen = new Set<string>();

function checkKeys(score: CustomerScore): void {
	for (const m of messagesOf(score)) {
		seen.add(m.key);
		const en = (scoring.en as Record<string, string>)[m.key];
		const zh = (scoring.zh_CN as Record<string, string>)[m.key];
		expect(en, m.key).toBeTypeOf("string");
		expect(zh, m.key).toBeTypeOf("string");
		for (const name of placeholders(en ?? ""))
			expect(m.params, `${m.key} needs {${name}}`).toHaveProperty(name);
		setLocale("zh_CN");
		expect(messageText(m), m.key).not.toMatch(/\{\w+\}/);
	}
}

afterEach(() => setLocale("en"));

describe("scoring messages in the locale dictionaries", () => {
	it("has every key the engine writes, in English and Chinese, with every placeholder filled", () => {
		for (const settings of [defaultScoringSettings, absolute]) {
			fc.assert(
				fc.property(inputs, (input) => checkKeys(scoreCustomer(input, settings, NOW))),
				{
					numRuns: 150,
				},
			);
			fc.assert(
				fc.property(fc.array(inputs, { minLength: 2, maxLength: 15 }), (team) => {
					for (const score of scoreTeam(team, settings, NOW).scores) checkKeys(score);
				}),
				{ numRuns: 40 },
			);
		}
		// The runs reached the sentences that need ranks, currencies left out, churn and next steps.
		for (const key of [
			"scoring.note.rank",
			"scoring.note.fxLeftOut",
			"scoring.missing.fx",
			"scoring.churn.silence",
			"scoring.step.buyerType.unknown",
		])
			expect(seen, key).toContain(key);
	});
});
