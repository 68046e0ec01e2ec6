import { describe, expect, it } from "vitest";
import { type BuyerZoneInput, buyerZone } from "./buyer-zone";
import { localClock, weekendOf } from "./local-clock";

const ZONES: Array<[string, BuyerZoneInput, string | null, boolean?]> = [
	["one-zone country", { country: "AE" }, "Asia/Dubai"],
	["lower-case country code", { country: "de" }, "Europe/Berlin"],
	["phone country code", { phones: ["+971501234567"] }, "Asia/Dubai"],
	["phone when the country is unknown", { phones: [null, "+85223456789"] }, "Asia/Hong_Kong"],
	["Hong Kong is not China", { country: "HK" }, "Asia/Hong_Kong"],
	["China keeps Beijing time, not assumed", { country: "CN" }, "Asia/Shanghai", false],
	["US without a city: assumed", { country: "US" }, "America/New_York", true],
	["US phone without a city: assumed", { phones: ["+13125550147"] }, "America/New_York", true],
	[
		"US city that is a zone",
		{ country: "US", text: "Lakeshore Supply Inc.\nChicago, IL" },
		"America/Chicago",
		false,
	],
	["US city from the table", { country: "US", text: "1200 Main St, Houston TX 77002" }, "America/Chicago"],
	["US state after a city", { country: "US", text: "Springfield, MO 65801" }, "America/Chicago"],
	["Portland, OR", { country: "US", text: "Portland, OR 97201" }, "America/Los_Angeles"],
	["Russia: Novosibirsk", { country: "RU", text: "Novosibirsk, Krasnyi prospekt 1" }, "Asia/Novosibirsk"],
	["Russia without a city", { country: "RU" }, "Europe/Moscow", true],
	["Brazil, accents", { country: "BR", text: "São Paulo - SP" }, "America/Sao_Paulo"],
	["Brazil: Manaus", { country: "BR", text: "Manaus, AM" }, "America/Manaus"],
	["Australia: state", { country: "AU", text: "12 Hay St, Perth WA 6000" }, "Australia/Perth"],
	["Australia without a city", { country: "AU" }, "Australia/Sydney", true],
	["Canada: Vancouver", { country: "CA", text: "Vancouver, BC" }, "America/Vancouver"],
	["Mexico: Tijuana", { country: "MX", text: "Tijuana, B.C." }, "America/Tijuana"],
	["Mexico City in Spanish", { country: "MX", text: "Ciudad de México" }, "America/Mexico_City"],
	["Chinese city name", { country: "US", text: "美国 洛杉矶" }, "America/Los_Angeles"],
	[
		"a city of another country does not win",
		{ country: "AU", text: "Chicago Street, Sydney NSW" },
		"Australia/Sydney",
		false,
	],
	["city alone", { text: "Dubai" }, "Asia/Dubai"],
	["nothing known", { text: "Best regards" }, null],
];

describe("the buyer's time zone", () => {
	it.each(ZONES)("%s", (_, input, zone, assumed) => {
		const found = buyerZone(input);
		expect(found?.timeZone ?? null).toBe(zone);
		if (assumed !== undefined) expect(found?.assumed).toBe(assumed);
	});
});

describe("the buyer's clock", () => {
	const at = (iso: string, zone: string, country?: string) => localClock(zone, new Date(iso), country);
	it("follows daylight saving time", () => {
		expect(at("2026-07-03T19:05:00Z", "America/Chicago")).toMatchObject({ hour: 14, minute: 5 }); // CDT −5
		expect(at("2026-12-04T20:05:00Z", "America/Chicago")).toMatchObject({ hour: 14, minute: 5 }); // CST −6
		expect(at("2026-03-08T07:59:00Z", "America/Chicago")?.hour).toBe(1); // just before the change
		expect(at("2026-03-08T08:00:00Z", "America/Chicago")?.hour).toBe(3); // 02:00 never happens
		expect(at("2026-12-04T03:05:00Z", "Australia/Sydney")).toMatchObject({ hour: 14, weekday: 5 }); // AEDT +11
		expect(at("2026-06-05T04:05:00Z", "Australia/Sydney")).toMatchObject({ hour: 14, weekday: 5 }); // AEST +10
	});

	it("knows business hours and the local weekend", () => {
		expect(at("2026-12-04T10:05:00Z", "Asia/Dubai", "AE")).toMatchObject({
			hour: 14,
			weekday: 5,
			weekend: false,
			businessHours: true,
		});
		expect(at("2026-12-04T11:05:00Z", "Asia/Riyadh", "SA")).toMatchObject({
			weekday: 5,
			weekend: true,
			businessHours: false,
		});
		expect(at("2026-12-06T07:00:00Z", "Asia/Riyadh", "SA")).toMatchObject({
			weekday: 0,
			weekend: false,
			businessHours: true,
		});
		expect(at("2026-12-05T09:00:00Z", "America/Chicago", "US")?.businessHours).toBe(false); // 03:00 Saturday
		expect(at("2026-12-04T09:00:00Z", "America/Chicago", "US")).toMatchObject({
			hour: 3,
			businessHours: false,
		});
		expect(weekendOf("sa")).toEqual([5, 6]);
		expect(weekendOf(undefined)).toEqual([6, 0]);
	});

	it("says nothing for a zone Intl does not know", () => {
		expect(localClock("Mars/Olympus_Mons", new Date())).toBeNull();
	});
});
