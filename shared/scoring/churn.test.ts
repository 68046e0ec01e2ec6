import { describe, expect, it } from "vitest";
import { daysAgo, NOW } from "../../tests/shared/scoring-arbitraries";
import { probabilityActive, usualInterval } from "./churn";
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

	it("flags a monthly buyer silent for three months, not a yearly buyer silent as long", () => {
		expect(churn(rhythm(6, 30, 90))).toEqual({
			flag: true,
			severity: "watch",
			reason: "No order for 90 days; usually re-orders every 30 days",
		});
		expect(churn(rhythm(12, 30, 90)).severity).toBe("watch");
		expect(churn(rhythm(4, 365, 90))).toEqual({ flag: false, severity: "none" });
		// The yearly buyer is warned about only once k × a year has passed without an order.
		expect(churn(rhythm(4, 365, 500)).severity).toBe("none");
		expect(churn(rhythm(4, 365, 600)).severity).toBe("critical");
	});

	it("does not read two orders a month apart as a sure monthly rhythm", () => {
		// Two purchase days are one interval: the rate stays uncertain (gamma prior), so three quiet
		// months are weak evidence (0.63 likely still buying), where six monthly orders make them strong.
		expect(churn(rhythm(2, 30, 90))).toEqual({ flag: false, severity: "none" });
		expect(churn(rhythm(2, 30, 200)).severity).not.toBe("none");
	});

	it("grows as the probability that the buyer is still active falls (Pareto/NBD)", () => {
		expect(churn(rhythm(6, 30, 40)).severity).toBe("none");
		expect(churn(rhythm(6, 30, 80)).severity).toBe("none"); // 0.58 likely still buying
		expect(churn(rhythm(6, 30, 85)).severity).toBe("watch"); // 0.54: the line is 0.55
		expect(churn(rhythm(6, 30, 120)).severity).toBe("watch"); // 0.34
		expect(churn(rhythm(6, 30, 130)).severity).toBe("warning"); // 0.29: the line is 0.3
		expect(churn(rhythm(6, 30, 170)).severity).toBe("warning"); // 0.16
		expect(churn(rhythm(6, 30, 200)).severity).toBe("critical"); // 0.10
	});

	it("computes the probability from the buyer's rhythm and how much of it there is", () => {
		expect(probabilityActive(5, 150, 0)).toBe(1);
		expect(probabilityActive(5, 150, 90)).toBeCloseTo(0.51, 2);
		expect(probabilityActive(3, 1095, 90)).toBeCloseTo(0.753, 3);
		expect(probabilityActive(5, 150, 1e9)).toBeLessThan(1e-9);
		// The same monthly rhythm, seen over more orders, makes the same silence more telling.
		expect(probabilityActive(1, 30, 90)).toBeCloseTo(0.635, 3);
		expect(probabilityActive(11, 330, 90)).toBeCloseTo(0.444, 3);
		// Longer silence never raises it.
		let previous = 1;
		for (let days = 1; days <= 720; days += 7) {
			const p = probabilityActive(5, 150, days);
			expect(p).toBeLessThanOrEqual(previous);
			previous = p;
		}
		expect(usualInterval([0, 10, 40, 90])).toBe(30);
		expect(usualInterval([0, 1, 2])).toBe(7); // daily buyers are read as weekly
	});

	it("reads the rhythm as the mean interval, so one gap neither hides nor invents a rhythm", () => {
		const orders = [...rhythm(5, 20, 200), { amount: 10, currency: "USD", date: daysAgo(480) }];
		expect(churn(orders).reason).toBe("No order for 200 days; usually re-orders every 56 days");
	});

	it("reads orders in any order", () => {
		const newestFirst = rhythm(6, 30, 150);
		const expected = churn(newestFirst);
		expect(expected.severity).toBe("warning");
		expect(churn([...newestFirst].reverse())).toEqual(expected);
		expect(churn([1, 4, 0, 5, 2, 3].map((i) => newestFirst[i] as ScoringInput["orders"][number]))).toEqual(
			expected,
		);
	});

	it("never warns before k × the usual interval", () => {
		const patient = { ...settings, churn: { ...settings.churn, k: 4 } };
		expect(churn(rhythm(4, 30, 115), [], patient).severity).toBe("none");
		expect(churn(rhythm(4, 30, 115)).severity).toBe("watch");
	});

	it("ignores cancelled orders and credit notes when reading the rhythm", () => {
		const orders = [
			...rhythm(3, 30, 120),
			{ amount: 500, currency: "USD", date: daysAgo(5), cancelled: true },
			{ amount: -500, currency: "USD", date: daysAgo(4) },
		];
		expect(churn(orders).severity).toBe("watch");
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
		const result = churn(rhythm(6, 30, 200), before);
		expect(result.severity).toBe("critical");
		expect(result.reason).toBe(
			"No order for 200 days; usually re-orders every 30 days; Buyer messages fell from 4 to 0 in the last 90 days",
		);
	});
});
