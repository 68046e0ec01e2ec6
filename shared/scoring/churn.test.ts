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
		expect(churn(rhythm(4, 365, 90))).toEqual({ flag: false, severity: "none" });
		// The yearly buyer is warned about only once k × a year has passed without an order.
		expect(churn(rhythm(4, 365, 500)).severity).toBe("none");
		expect(churn(rhythm(4, 365, 600)).severity).toBe("warning");
	});

	it("grows as the probability that the buyer is still active falls (Pareto/NBD)", () => {
		expect(churn(rhythm(6, 30, 40)).severity).toBe("none");
		expect(churn(rhythm(6, 30, 80)).severity).toBe("none"); // 0.63 likely still buying
		expect(churn(rhythm(6, 30, 85)).severity).toBe("watch"); // 0.58
		expect(churn(rhythm(6, 30, 105)).severity).toBe("watch"); // 0.41
		expect(churn(rhythm(6, 30, 110)).severity).toBe("watch"); // 0.36: the line is 0.35
		expect(churn(rhythm(6, 30, 120)).severity).toBe("warning"); // 0.29
		expect(churn(rhythm(6, 30, 140)).severity).toBe("warning"); // 0.165
		expect(churn(rhythm(6, 30, 150)).severity).toBe("critical"); // 0.12
	});

	it("computes the probability from the buyer's own rates", () => {
		expect(probabilityActive(30, 0)).toBe(1);
		expect(probabilityActive(30, 90)).toBeCloseTo(0.538, 3);
		expect(probabilityActive(365, 90)).toBeCloseTo(0.87, 3);
		expect(probabilityActive(30, 1e9)).toBeLessThan(1e-9);
		expect(usualInterval([0, 10, 40, 90])).toBe(30);
		expect(usualInterval([0, 1, 2])).toBe(7); // daily buyers are read as weekly
	});

	it("reads the rhythm as the mean interval, so one gap neither hides nor invents a rhythm", () => {
		const orders = [...rhythm(5, 20, 200), { amount: 10, currency: "USD", date: daysAgo(480) }];
		expect(churn(orders).reason).toBe("No order for 200 days; usually re-orders every 56 days");
	});

	it("reads orders in any order", () => {
		const newestFirst = rhythm(6, 30, 120);
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
		expect(churn(rhythm(4, 30, 115)).severity).toBe("warning");
	});

	it("ignores cancelled orders and credit notes when reading the rhythm", () => {
		const orders = [
			...rhythm(3, 30, 120),
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
		const result = churn(rhythm(6, 30, 150), before);
		expect(result.severity).toBe("critical");
		expect(result.reason).toBe(
			"No order for 150 days; usually re-orders every 30 days; Buyer messages fell from 4 to 0 in the last 90 days",
		);
	});
});
