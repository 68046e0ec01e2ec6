import { describe, expect, it } from "vitest";
import { countryCode, countryName } from "./country";

describe("countryCode", () => {
	it.each([
		["AE", "AE"],
		["ae", "AE"],
		["ARE", "AE"],
		["United Arab Emirates", "AE"],
		["UNITED ARAB EMIRATES", "AE"],
		["UAE", "AE"],
		["U.A.E.", "AE"],
		["阿联酋", "AE"],
		["الإمارات العربية المتحدة", "AE"],
		["الامارات", "AE"],
		["Emiratos Árabes Unidos", "AE"],
		["Emiratos Arabes Unidos", "AE"],
		["UK", "GB"],
		["U.K.", "GB"],
		["United Kingdom", "GB"],
		["England", "GB"],
		["Reino Unido", "GB"],
		["英国", "GB"],
		["USA", "US"],
		["U.S.A.", "US"],
		["United States", "US"],
		["Estados Unidos", "US"],
		["EE.UU.", "US"],
		["美国", "US"],
		["中国", "CN"],
		["中國", "CN"],
		["China", "CN"],
		["P.R. China", "CN"],
		["P. R. China", "CN"],
		["People's Republic of China", "CN"],
		["墨西哥", "MX"],
		["México", "MX"],
		["Mexico", "MX"],
		["MEX", "MX"],
		["Deutschland", "DE"],
		["Allemagne", "DE"],
		["Germany", "DE"],
		["ألمانيا", "DE"],
		["Saudi Arabia", "SA"],
		["KSA", "SA"],
		["السعودية", "SA"],
		["沙特阿拉伯", "SA"],
		["Türkiye", "TR"],
		["Turkey", "TR"],
		["Côte d'Ivoire", "CI"],
		["Cote d Ivoire", "CI"],
		["South Korea", "KR"],
		["Korea", "KR"],
		["Brasil", "BR"],
		["Россия", "RU"],
		["  Viet Nam ", "VN"],
		["Hong Kong", "HK"],
		["香港", "HK"],
		["EIRE", "IE"],
		["Éire", "IE"],
		["Republic of Ireland", "IE"],
		["RSA", "ZA"],
		["R.S.A.", "ZA"],
		["Republic of South Africa", "ZA"],
	])("%s → %s", (input, expected) => {
		expect(countryCode(input)).toBe(expected);
	});

	// Real ledgers' catch-alls and regions stay unknown: "Channel Islands" is Jersey or Guernsey.
	it.each([
		"",
		"   ",
		"XX",
		"ZZZ",
		"Atlantis",
		"Congo",
		"Dubai Marina",
		"12",
		"Unspecified",
		"European Community",
		"Channel Islands",
		"West Indies",
	])("gives null for %j", (input) => {
		expect(countryCode(input)).toBeNull();
	});
});

describe("countryName", () => {
	it.each([
		["AE", "en", "United Arab Emirates"],
		["AE", "zh_CN", "阿联酋"],
		["mx", "zh_CN", "墨西哥"],
		["MEX", "en", "Mexico"],
		["CN", "zh_CN", "中国"],
		["DE", "en", "Germany"],
	] as const)("%s in %s → %s", (code, locale, expected) => {
		expect(countryName(code, locale)).toBe(expected);
	});

	it("gives null for an unknown code", () => {
		expect(countryName("XX", "en")).toBeNull();
		expect(countryName("", "zh_CN")).toBeNull();
	});
});
