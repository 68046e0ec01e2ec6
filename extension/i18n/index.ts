import type { areas } from "./areas";

/**
 * The extension's own translations (English and Simplified Chinese), composed from one area file
 * per part of the extension: `extension/locales/<area>.ts` exports `{ en, zh_CN }`, listed in
 * ./areas.ts. Each bundle loads the areas it shows (`addAreas`): extension pages and the
 * background all of them (./all-areas.ts), content scripts only the in-page ones
 * (./in-page-areas.ts), so the strings of the side panel never ride along into Gmail.
 */

export type Locale = "en" | "zh_CN";
export type LanguageSetting = Locale | "auto";
export const LOCALES: readonly Locale[] = ["en", "zh_CN"];

type KeysOf<A> = A extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<(typeof areas)[number]>;
export type MessageParams = Record<string, string | number>;

export interface Area {
	en: Record<string, string>;
	zh_CN: Record<string, string>;
}

/** The loaded translations; filled by addAreas. */
export const dictionaries: Record<Locale, Record<string, string>> = { en: {}, zh_CN: {} };

export function addAreas(...loaded: readonly Area[]): void {
	for (const area of loaded) {
		Object.assign(dictionaries.en, area.en);
		Object.assign(dictionaries.zh_CN, area.zh_CN);
	}
}

/** Until the saved setting is read (see language-setting.ts), follow the navigator's language. */
let current: Locale = detectLocale(uiLanguage());
const listeners = new Set<(locale: Locale) => void>();

/** Translate a key into the current language; `{name}` placeholders are filled from params. */
export function t(key: MessageKey, params?: MessageParams): string {
	const template = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
	return params ? fill(template, params) : template;
}

export function fill(template: string, params: MessageParams): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/** Placeholder names used in a template, sorted: the test compares them across languages. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

export function getLocale(): Locale {
	return current;
}

export function setLocale(locale: Locale): void {
	if (locale === current) return;
	current = locale;
	for (const listener of listeners) listener(locale);
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Any Chinese UI language maps to Simplified Chinese (the only Chinese we ship); else English. */
export function detectLocale(language: string | undefined): Locale {
	return language?.toLowerCase().startsWith("zh") ? "zh_CN" : "en";
}

export function resolveLocale(setting: LanguageSetting, language: string | undefined): Locale {
	return setting === "auto" ? detectLocale(language) : setting;
}

/** BCP 47 tag for Intl formatting of dates and numbers in the current language. */
export function intlLocale(): string {
	return current === "zh_CN" ? "zh-CN" : "en";
}

function uiLanguage(): string | undefined {
	return globalThis.navigator?.language;
}
