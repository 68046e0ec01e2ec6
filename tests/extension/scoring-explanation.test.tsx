import "fake-indexeddb/auto";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setLocale } from "../../extension/i18n";
import { openDb } from "../../extension/store/db";
import { Panel, type PanelContext } from "../../extension/ui/side-panel/context";
import { CustomerStatus } from "../../extension/ui/side-panel/customer-status";
import { Explanation } from "../../extension/ui/side-panel/explanation";
import type { Customer } from "../../shared/schema/customer";
import type { CustomerScore, ScoringInput } from "../../shared/scoring";
import { scoreTeam } from "../../shared/scoring/score-team";
import { defaultScoringSettings } from "../../shared/scoring/settings";
import { daysAgo, NOW } from "../shared/scoring-arbitraries";

// A representative customer scored by the real engine among a small team (percentile ranks), stored as
// JSON the way the worker keeps it, and drawn by the real side-panel components.
const inbound = (days: number) => ({
	source: "gmail",
	kind: "email",
	direction: "inbound" as const,
	date: daysAgo(days),
});
const representative: ScoringInput = {
	orders: [
		{ amount: 8_000, currency: "USD", date: daysAgo(150) },
		{ amount: 6_500, currency: "EUR", date: daysAgo(180) },
		{ amount: 4_000, currency: "USD", date: daysAgo(210) },
		{ amount: 900, currency: "XYZ", date: daysAgo(160) },
	],
	interactions: [120, 110, 100, 95, 20].map(inbound),
	inquiries: [{ quantity: 500, genericRequest: true }],
	company: { buyerType: "distributor", country: "DE", corporateDomain: false, website: "https://example.de" },
	platform: { verifiedBuyer: true, yearsRegistered: 4, rfqsPosted: 2 },
};
const teammates: ScoringInput[] = [1, 2, 3, 4, 5, 6].map((i) => ({
	orders: [{ amount: 20_000 * i, currency: "USD", date: daysAgo(10 * i) }],
	interactions: [],
	inquiries: [],
	company: { buyerType: "brand_owner" },
	platform: {},
}));

function scored(): CustomerScore {
	const score = scoreTeam([representative, ...teammates], defaultScoringSettings, NOW).scores[0];
	if (!score) throw new Error("no score");
	return JSON.parse(JSON.stringify(score)) as CustomerScore;
}

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement("div");
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
	setLocale("en");
});

/** Words in Latin letters, apart from the "US$" Intl writes before dollar amounts in Chinese. */
function latinWords(text: string): string[] {
	return (text.replaceAll("US$", "").match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== "XYZ");
}

describe("the explanation in the side panel", () => {
	it("has no English sentence in the Chinese interface", async () => {
		const score = scored();
		// The representative customer exercises ranks, a currency left out, next steps and a churn warning.
		expect(score.explanation.current.some((c) => c.notes?.some((n) => n.key === "scoring.note.rank"))).toBe(
			true,
		);
		expect(score.explanation.missing).toContain("fx:XYZ");
		expect(score.explanation.nextSteps.length).toBeGreaterThan(0);
		expect(score.churn.flag).toBe(true);

		setLocale("zh_CN");
		await act(() => render(<Explanation explanation={score.explanation} />, root));
		const text = root.textContent ?? "";
		expect(latinWords(text)).toEqual([]);
		expect(text).toContain("分销商");
		expect(text).toContain("德国");
		expect(text).toContain("US$");
		expect(text).toContain("不低于团队");
		expect(text).toContain("尚不了解：");
	});

	it("says why the churn warning in Chinese, from the explanation and from the English reason alone", async () => {
		const score = scored();
		const customer = customerOf(score);
		const panel: PanelContext = {
			db: openDb(),
			api: () => Promise.reject(new Error("not used")),
			me: null,
			navigate: () => {},
			syncNow: async () => {},
			openSettings: () => {},
		};
		setLocale("zh_CN");
		for (const record of [{ ...customer, explanation: score.explanation }, customer]) {
			await act(() =>
				render(
					<Panel.Provider value={panel}>
						<CustomerStatus customer={record} />
					</Panel.Provider>,
					root,
				),
			);
			const warning = root.querySelector("[data-testid=churn-warning]")?.textContent ?? "";
			expect(warning).toMatch(/^流失预警：已 \d+ 天未下单；通常每 \d+ 天复购一次/);
			expect(latinWords(warning)).toEqual([]);
		}
	});

	it("shows explanations stored before messages existed, in their English", async () => {
		const legacy = {
			current: [{ factor: "recency", weight: 40, points: 20, value: 0.5, detail: "Last order 40 days ago" }],
			potential: [{ factor: "buyerType", weight: 25, points: 12, value: 0.5, detail: "Importer" }],
			missing: ["companySize", "fx:XYZ"],
			nextSteps: ["confirm the buyer type"],
			steps: [{ factor: "buyerType", detail: "confirm the buyer type" }],
			revenue12mUsd: 1200,
		};
		setLocale("zh_CN");
		await act(() => render(<Explanation explanation={legacy} />, root));
		const text = root.textContent ?? "";
		expect(text).toContain("Last order 40 days ago");
		expect(text).toContain("confirm the buyer type");
		expect(text).toContain("尚不了解：公司规模、XYZ 汇率");
		// A key this build does not know (a newer engine) falls back to the English of that part alone.
		const newer = {
			...legacy,
			current: [{ ...legacy.current[0], message: { key: "scoring.recency.lunar", params: {} } }],
		};
		await act(() => render(<Explanation explanation={newer} />, root));
		expect(root.textContent).toContain("Last order 40 days ago");
	});

	it("reads in English in the English interface", async () => {
		await act(() => render(<Explanation explanation={scored().explanation} />, root));
		const text = root.textContent ?? "";
		expect(text).toContain("Distributor");
		expect(text).toContain("Market Germany");
		expect(text).toContain("Orders in the last 12 months: 3; at or above");
	});
});

function customerOf(score: CustomerScore): Customer {
	return {
		id: "c1",
		name: "Rhein Handel GmbH",
		domain: "example.de",
		country: "DE",
		website: "https://example.de",
		buyerType: "distributor",
		size: null,
		status: "active",
		owner: null,
		ownerSince: null,
		inPool: false,
		tier: score.tier,
		tierLabel: "B",
		currentValue: score.current,
		potentialValue: score.potential,
		churn: score.churn,
		identities: [],
		lastInteractionAt: null,
		version: 1,
		createdAt: "2025-01-01T00:00:00Z",
		updatedAt: "2025-01-01T00:00:00Z",
	};
}
