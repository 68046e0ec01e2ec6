/**
 * ISO alpha-2 from a country as Alibaba shows it: English (the platform's data, the English
 * seller interface) or Chinese (the Chinese seller interface), plus the shared aliases ("UAE",
 * "阿联酋"). Only those two name lists are bundled: shared/normalize/country.ts carries eight
 * languages, which would double this content script's country data for names Alibaba never shows.
 * The package's index (alpha-3/numeric tables and a diacritics map, ~12 KB gzip) is not imported:
 * a code is valid when the English names list has it.
 */
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { COUNTRY_ALIASES } from "../../../shared/normalize/country-aliases";

let index: Map<string, string> | null = null;

export function alibabaCountryCode(shown: string): string | null {
	const text = shown.normalize("NFKC").trim();
	if (/^[A-Za-z]{2}$/.test(text) && Object.hasOwn(en.countries, text.toUpperCase()))
		return text.toUpperCase();
	return nameIndex().get(key(text)) ?? null;
}

function nameIndex(): Map<string, string> {
	if (index !== null) return index;
	const built = new Map<string, string>();
	const ambiguous = new Set<string>();
	for (const locale of [en, zh]) {
		for (const [code, names] of Object.entries(locale.countries)) {
			for (const name of Array.isArray(names) ? names : [names]) {
				const k = key(name);
				const seen = built.get(k);
				if (seen !== undefined && seen !== code) ambiguous.add(k);
				else built.set(k, code);
			}
		}
	}
	for (const k of ambiguous) built.delete(k);
	for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) built.set(key(alias), code);
	index = built;
	return built;
}

/** Compared as shared/normalize's countryKey does: lower-case, no accents, dots or apostrophes. */
function key(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/[.'’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}
