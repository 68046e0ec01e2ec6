import { describe, expect, it } from "vitest";
import { daysAgo, NOW } from "../../tests/shared/scoring-arbitraries";
import { parseDay } from "./dates";
import { scoreCustomer } from "./score-customer";
import { defaultScoringSettings as settings } from "./settings";

describe("dates", () => {
	it("reads the written calendar date, whatever the time or zone", () => {
		const day = Date.UTC(2010, 11, 1) / 86_400_000;
		expect(parseDay("2010-12-01")).toBe(day);
		expect(parseDay("2010-12-01T23:59:00")).toBe(day);
		expect(parseDay("2010-12-01T07:45:00+08:00")).toBe(day);
		expect(parseDay("2010-12-01T07:45:00.000Z")).toBe(day);
		for (const bad of ["", "12/01/2010", "2010-13-01", "2010-12-1", "20x0-12-01"])
			expect(parseDay(bad)).toBeNaN();
	});

	it("counts an order dated tomorrow (time zones) as today and ignores later or unreadable ones", () => {
		const input = (date: string) => ({
			orders: [{ amount: 500, currency: "USD", date }],
			interactions: [],
			inquiries: [],
			company: {},
			platform: {},
		});
		const tomorrow = scoreCustomer(input(daysAgo(-1)), settings, NOW).explanation;
		expect(tomorrow.revenue12mUsd).toBe(500);
		expect(tomorrow.current[0]?.detail).toBe("Last order today");
		expect(scoreCustomer(input(daysAgo(-3)), settings, NOW).explanation.revenue12mUsd).toBe(0);
		expect(scoreCustomer(input("soon"), settings, NOW).explanation.revenue12mUsd).toBe(0);
		expect(scoreCustomer(input(daysAgo(364)), settings, NOW).explanation.revenue12mUsd).toBe(500);
		expect(scoreCustomer(input(daysAgo(365)), settings, NOW).explanation.revenue12mUsd).toBe(0);
	});
});
