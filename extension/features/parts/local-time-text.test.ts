import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../i18n";
import { localTimeText } from "./local-time-text";
import { tierTooltip } from "./tier-tooltip";

afterEach(() => setLocale("en"));

const friday = new Date("2026-12-04T10:05:00Z");

describe("the buyer's local time, as the badge tooltip and the panel say it", () => {
	it("a city, in English and Chinese", () => {
		const dubai = { timeZone: "Asia/Dubai", country: "AE", city: "Dubai", assumed: false };
		expect(localTimeText(dubai, friday)).toEqual({ text: "14:05 Friday in Dubai", offHours: false });
		setLocale("zh_CN");
		expect(localTimeText(dubai, friday)?.text).toBe("Dubai 当地时间 星期五 14:05");
	});

	it("outside business hours, the local weekend, and an assumed zone", () => {
		const chicago = { timeZone: "America/New_York", country: "US", assumed: true };
		expect(localTimeText(chicago, friday)?.text).toBe(
			"05:05 Friday in United States · outside business hours · time zone assumed: America/New York",
		);
		const riyadh = { timeZone: "Asia/Riyadh", country: "SA", assumed: false };
		expect(localTimeText(riyadh, friday)).toEqual({
			text: "13:05 Friday in Saudi Arabia · local weekend",
			offHours: true,
		});
	});

	it("the badge tooltip carries it when the lookup answer knows where the buyer is", () => {
		const match = {
			customerId: "c1",
			name: "Gulf Trading LLC",
			tier: "gold" as const,
			tierLabel: "Gold",
			ownerName: "Lin Wei",
			ownerId: "m1",
			churn: false,
			inPool: false,
			matchedBy: "email" as const,
			localTime: { timeZone: "Asia/Dubai", country: "AE", assumed: false },
		};
		expect(tierTooltip(match)).toMatch(/\d\d:\d\d \w+ in United Arab Emirates/);
		expect(tierTooltip({ ...match, localTime: undefined })).not.toMatch(/ in United Arab Emirates/);
	});
});
