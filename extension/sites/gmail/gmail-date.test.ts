import { describe, expect, it } from "vitest";
import { parseGmailDate } from "./gmail-date";

const local = (y: number, m: number, d: number, h: number, min: number) =>
	new Date(y, m, d, h, min).toISOString();

describe("Gmail date titles → ISO", () => {
	it.each([
		["Tue, Jan 2, 2024, 10:15 AM", local(2024, 0, 2, 10, 15)],
		["Tue, Jan 2, 2024, 10:15\u202fPM", local(2024, 0, 2, 22, 15)],
		["Thu, Dec 4, 2014 at 2:02 PM", local(2014, 11, 4, 14, 2)],
		["Jan 2, 2024, 12:05 AM (3 days ago)", local(2024, 0, 2, 0, 5)],
		["Mon, Jan 1, 2024, 12:30 PM", local(2024, 0, 1, 12, 30)],
		["Tue, 2 Jan 2024, 10:15", local(2024, 0, 2, 10, 15)],
		["Sept 9, 2024, 7:00 pm", local(2024, 8, 9, 19, 0)],
	])("English: %s", (title, iso) => expect(parseGmailDate(title)).toBe(iso));

	it.each([
		["2024年1月2日 周二 上午10:15", local(2024, 0, 2, 10, 15)],
		["2024年1月2日周二 下午3:05", local(2024, 0, 2, 15, 5)],
		["2024年1月4日 周四 晚上9:30", local(2024, 0, 4, 21, 30)],
		["2024年1月2日 周二 上午12:10", local(2024, 0, 2, 0, 10)],
		["2024年1月2日 中午12:10", local(2024, 0, 2, 12, 10)],
		["2024年1月2日 15:05", local(2024, 0, 2, 15, 5)],
		["2024年1月2日(火) 10:15", local(2024, 0, 2, 10, 15)],
	])("Chinese / Japanese: %s", (title, iso) => expect(parseGmailDate(title)).toBe(iso));

	it("anything Date.parse understands", () => {
		expect(parseGmailDate("2024-01-02T10:15:00Z")).toBe("2024-01-02T10:15:00.000Z");
	});

	it.each([undefined, null, "", "yesterday", "2024年13月40日 上午10:15", "Feb 30, 2024, 10:00 AM"])(
		"gives undefined for %s",
		(title) => expect(parseGmailDate(title)).toBeUndefined(),
	);
});
