import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import pt from "i18n-iso-countries/langs/pt.json";
import ru from "i18n-iso-countries/langs/ru.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { COUNTRY_ALIASES } from "./country-aliases";

// Static JSON imports so workerd, Vite and Node bundle the same locales (no runtime fs/require).
const LOCALES = [en, zh, es, ar, fr, de, pt, ru];
for (const locale of LOCALES) countries.registerLocale(locale);

let nameIndex: Map<string, string> | null = null;

/**
 * ISO 3166-1 alpha-2 from a code ("AE", "ARE") or a country name in English, Chinese, Spanish,
 * Arabic, French, German, Portuguese or Russian ("United Arab Emirates", "UAE", "阿联酋",
 * "Deutschland"). Null when unknown or ambiguous ("Congo").
 */
export function countryCode(nameOrCode: string): string | null {
	const trimmed = nameOrCode.normalize("NFKC").trim();
	if (trimmed === "") return null;
	if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
		return trimmed.toUpperCase();
	}
	if (/^[A-Za-z]{3}$/.test(trimmed)) {
		const alpha2 = countries.alpha3ToAlpha2(trimmed.toUpperCase());
		if (alpha2) return alpha2;
	}
	return getNameIndex().get(countryKey(trimmed)) ?? null;
}

/** The country's name in English or Simplified Chinese, or null for an unknown code. */
export function countryName(code: string, locale: "en" | "zh_CN"): string | null {
	const alpha2 = countryCode(code);
	if (alpha2 === null) return null;
	return countries.getName(alpha2, locale === "zh_CN" ? "zh" : "en") ?? null;
}

/** Every name key → alpha-2, built once; names that point at two countries are left out. */
function getNameIndex(): Map<string, string> {
	if (nameIndex !== null) return nameIndex;
	const index = new Map<string, string>();
	const ambiguous = new Set<string>();
	for (const locale of LOCALES) {
		for (const [code, names] of Object.entries(locale.countries)) {
			for (const name of Array.isArray(names) ? names : [names]) {
				const key = countryKey(name);
				const existing = index.get(key);
				if (existing !== undefined && existing !== code) ambiguous.add(key);
				else index.set(key, code);
			}
		}
	}
	for (const key of ambiguous) index.delete(key);
	for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) index.set(countryKey(alias), code);
	nameIndex = index;
	return index;
}

/** Lower-case, accents and Arabic diacritics removed, dots dropped, other punctuation a space. */
export function countryKey(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.normalize("NFC")
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/\./g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/** Every ISO 3166-1 alpha-2 code (for pickers). */
export function allCountryCodes(): string[] {
	return Object.keys(countries.getAlpha2Codes());
}
