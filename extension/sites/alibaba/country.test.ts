import { readFileSync } from "node:fs";
import path from "node:path";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { describe, expect, it } from "vitest";
import { countryCode } from "../../../shared/normalize/country";
import { alibabaCountryCode, COUNTRY_NAMES_FILE } from "./country";
import { buildCountryNames } from "./country-names-table";

describe("the content script's lighter country reader", () => {
	it("agrees with shared/normalize on every English and Chinese country name", () => {
		const disagreements: string[] = [];
		for (const locale of [en, zh]) {
			for (const names of Object.values(locale.countries)) {
				for (const name of Array.isArray(names) ? names : [names]) {
					const shared = countryCode(name);
					if (shared !== null && alibabaCountryCode(name) !== shared) disagreements.push(name);
				}
			}
		}
		expect(disagreements).toEqual([]);
	});

	it("the table shipped beside the content script is the one its sources give (npx tsx scripts/alibaba-country-names.ts)", () => {
		const shipped = readFileSync(path.join(import.meta.dirname, "../../public", COUNTRY_NAMES_FILE), "utf8");
		expect(JSON.parse(shipped)).toEqual(buildCountryNames());
	});

	it("reads codes and aliases", () => {
		expect(alibabaCountryCode("ae")).toBe("AE");
		expect(alibabaCountryCode("UAE")).toBe("AE");
		expect(alibabaCountryCode("阿联酋")).toBe("AE");
		expect(alibabaCountryCode("XX")).toBeNull();
		expect(alibabaCountryCode("Emiratos Árabes Unidos")).toBeNull();
	});
});
