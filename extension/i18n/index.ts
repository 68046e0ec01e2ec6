import { alibaba } from "../locales/alibaba";
import { core } from "../locales/core";
import { gmail } from "../locales/gmail";
import { scoring } from "../locales/scoring";

/**
 * The extension's own translations (English and Simplified Chinese), composed from one area file
 * per part of the extension: `extension/locales/<area>.ts` exports `{ en, zh_CN }`.
 * To add an area: import it here and add it to `areas` (keys must be unique across areas; the
 * i18n test checks that, and that every key exists in both languages with the same placeholders).
 */
export const areas = [core, gmail, alibaba, scoring] as const;

export type Locale = "en" | "zh_CN";
export type LanguageSetting = Locale | "auto";
export const LOCALES: readonly Locale[] = ["en", "zh_CN"];

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<Area>;
export type MessageParams = Record<string, string | number>;

function compose(locale: Locale): Record<string, string> {
	const out: Record<string, string> = {};
	for (const area of areas) Object.assign(out, area[locale]);
	return out;
}

export const dictionaries: Record<Locale, Record<string, string>> = {
	en: compose("en"),
	zh_CN: compose("zh_CN"),
};

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
