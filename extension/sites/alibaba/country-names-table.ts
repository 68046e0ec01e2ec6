/**
 * The Alibaba country-names table built from its sources (i18n-iso-countries' English and Chinese
 * names, the shared aliases) and installed: for tests, the bench and `npm run extract`. Never
 * imported by a content script (it would bundle the names the content script loads instead).
 */
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { COUNTRY_ALIASES } from "../../../shared/normalize/country-aliases";
import { type CountryNames, countryKey, installCountryNames } from "./country";

/** Every English and Chinese name and alias → its code; a name two countries share is left out. */
export function buildCountryNames(): CountryNames {
	const built = new Map<string, string>();
	const ambiguous = new Set<string>();
	for (const locale of [en, zh]) {
		for (const [code, names] of Object.entries(locale.countries)) {
			for (const name of Array.isArray(names) ? names : [names]) {
				const key = countryKey(name);
				const seen = built.get(key);
				if (seen !== undefined && seen !== code) ambiguous.add(key);
				else built.set(key, code);
			}
		}
	}
	for (const key of ambiguous) built.delete(key);
	for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) built.set(countryKey(alias), code);
	return Object.fromEntries([...built].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

installCountryNames(buildCountryNames());
