import { describe, expect, it } from "vitest";
import { composeDueAt, dueTime, offsetText, quickPickDay, snoozedDay } from "./follow-up-dates";
import { addDays, daysBetween, localDay, nextLocalMidnight } from "./local-day";

describe("follow-up quick picks", () => {
	it("tomorrow, in 3 days, 1 week and 2 weeks from today, across month and year ends", () => {
		expect(quickPickDay("tomorrow", "2026-12-06")).toBe("2026-12-07");
		expect(quickPickDay("in3Days", "2026-12-30")).toBe("2027-01-02");
		expect(quickPickDay("in1Week", "2026-02-25")).toBe("2026-03-04");
		expect(quickPickDay("in2Weeks", "2028-02-20")).toBe("2028-03-05");
	});

	it("snooze pushes back from the due day, or from today when it is already overdue", () => {
		expect(snoozedDay("2026-12-10", 1, "2026-12-06")).toBe("2026-12-11");
		expect(snoozedDay("2026-12-10T09:30:00+04:00", 3, "2026-12-06")).toBe("2026-12-13");
		expect(snoozedDay("2026-12-01", 1, "2026-12-06")).toBe("2026-12-07");
		expect(snoozedDay("2026-12-06", 3, "2026-12-06")).toBe("2026-12-09");
	});

	it("a day alone, or a day and time with the browser's offset on that day", () => {
		expect(composeDueAt("2026-12-08", null)).toBe("2026-12-08");
		const composed = composeDueAt("2026-12-08", "09:30");
		expect(composed).toMatch(/^2026-12-08T09:30:00[+-]\d{2}:\d{2}$/);
		expect(new Date(composed).getHours()).toBe(9);
		expect(dueTime(composed)).toBe("09:30");
		expect(dueTime("2026-12-08")).toBeNull();
		expect([offsetText(480), offsetText(-300), offsetText(330), offsetText(0)]).toEqual([
			"+08:00",
			"-05:00",
			"+05:30",
			"+00:00",
		]);
	});

	it("local days: today as the browser's clock shows it, calendar arithmetic, the next midnight", () => {
		const evening = new Date(2026, 11, 6, 23, 59);
		expect(localDay(evening)).toBe("2026-12-06");
		expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
		expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
		expect(daysBetween("2026-12-01", "2026-12-06")).toBe(5);
		expect(nextLocalMidnight(evening)).toBe(new Date(2026, 11, 7).getTime());
	});
});
