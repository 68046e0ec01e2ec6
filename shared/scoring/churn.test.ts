import { describe, expect, it } from "vitest";
import { daysAgo, NOW } from "../../tests/shared/scoring-arbitraries";
import { scoreCustomer } from "./score-customer";
import { defaultScoringSettings as settings } from "./settings";
import type { ScoringInput } from "./types";

/** Orders every `interval` days, the last one `silence` days ago. */
function rhythm(count: number, interval: number, silence: number): ScoringInput["orders"] {
	return Array.from({ length: count }, (_, i) => ({
		amount: 1000,
		currency: "USD",
		date: daysAgo(silence + i * interval),
	}));
}
const churn = (
	orders: ScoringInput["orders"],
	interactions: ScoringInput["interactions"] = [],
	s = settings,
) => scoreCustomer({ orders, interactions, inquiries: [], company: {}, platform: {} }, s, NOW).churn;

describe("churn warning", () => {
	it("needs purchases on at least two days", () => {
		expect(churn(rhythm(1, 30, 700))).toEqual({ flag: false, severity: "none" });
		expect(churn([...rhythm(1, 30, 700), ...rhythm(1, 30, 700)])).toEqual({ flag: false, severity: "none" });
		expect(churn([])).toEqual({ flag: false, severity: "none" });
	});

	it("grows with silence beyond k × the median re-order interval", () => {
		expect(churn(rhythm(6, 30, 40)).severity).toBe("none");
		expect(churn(rhythm(6, 30, 45)).severity).toBe("none");
		expect(churn(rhythm(6, 30, 46))).toEqual({
			flag: true,
			severity: "watch",
			reason: "No order for 46 days; usually re-orders every 30 days",
		});
		expect(churn(rhythm(6, 30, 91)).severity).toBe("warning");
		expect(churn(rhythm(6, 30, 136)).severity).toBe("critical");
	});

	it("uses the median interval, so one long gap does not hide a regular rhythm", () => {
		const orders = [...rhythm(5, 20, 35), { amount: 10, currency: "USD", date: daysAgo(600) }];
		expect(churn(orders).reason).toBe("No order for 35 days; usually re-orders every 20 days");
	});

	it("reads orders in any order", () => {
		const newestFirst = rhythm(6, 30, 100);
		const expected = churn(newestFirst);
		expect(expected.severity).toBe("warning");
		expect(churn([...newestFirst].reverse())).toEqual(expected);
		expect(churn([1, 4, 0, 5, 2, 3].map((i) => newestFirst[i] as ScoringInput["orders"][number]))).toEqual(
			expected,
		);
	});

	it("follows the team's k", () => {
		const patient = { ...settings, churn: { ...settings.churn, k: 3 } };
		expect(churn(rhythm(4, 30, 60), [], patient).severity).toBe("none");
		expect(churn(rhythm(4, 30, 60)).severity).toBe("watch");
	});

	it("ignores cancelled orders and credit notes when reading the rhythm", () => {
		const orders = [
			...rhythm(3, 30, 100),
			{ amount: 500, currency: "USD", date: daysAgo(5), cancelled: true },
			{ amount: -500, currency: "USD", date: daysAgo(4) },
		];
		expect(churn(orders).severity).toBe("warning");
	});

	it("warns when the buyer's engagement drops", () => {
		const msg = (days: number, direction?: "inbound" | "outbound") => ({
			source: "gmail",
			kind: "email",
			direction,
			date: daysAgo(days),
		});
		const before = [100, 110, 120, 130, 140, 150].map((d) => msg(d, "inbound"));
		expect(churn([], [...before, msg(5, "inbound"), msg(6, "inbound"), msg(7, "inbound")]).severity).toBe(
			"watch",
		);
		expect(churn([], [...before, msg(5, "inbound")])).toEqual({
			flag: true,
			severity: "warning",
			reason: "Buyer messages fell from 6 to 1 in the last 90 days",
		});
		expect(churn([], [...before, ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => msg(d))]).severity).toBe("none");
		expect(churn([], [...before, ...[1, 2, 3, 4, 5, 6].map((d) => msg(d, "outbound"))]).severity).toBe(
			"warning",
		);
		expect(churn([], [msg(100, "inbound"), msg(101, "inbound")]).severity).toBe("none");
	});

	it("reports both reasons, at the worse severity", () => {
		const before = [100, 110, 120, 130].map((d) => ({
			source: "gmail",
			kind: "email",
			date: daysAgo(d),
			direction: "inbound" as const,
		}));
		const result = churn(rhythm(6, 30, 140), before);
		expect(result.severity).toBe("critical");
		expect(result.reason).toBe(
			"No order for 140 days; usually re-orders every 30 days; Buyer messages fell from 4 to 0 in the last 90 days",
		);
	});
});
