import { browser } from "wxt/browser";
import { type LanguageSetting, type Locale, resolveLocale, setLocale } from "./index";

/** Kept apart from the API settings so content scripts read the language and nothing else. */
export const LANGUAGE_KEY = "tierline.language";

export function isLanguageSetting(value: unknown): value is LanguageSetting {
	return value === "auto" || value === "en" || value === "zh_CN";
}

export async function readLanguageSetting(): Promise<LanguageSetting> {
	const stored = await browser.storage.local.get(LANGUAGE_KEY);
	const value = stored[LANGUAGE_KEY];
	return isLanguageSetting(value) ? value : "auto";
}

function browserLanguage(): string | undefined {
	try {
		return browser.i18n.getUILanguage();
	} catch {
		return globalThis.navigator?.language;
	}
}

/**
 * Apply the saved language (default: follow the browser) and keep following changes made on the
 * settings page, in every context that calls it (pages, side panel, content scripts).
 */
export async function loadLanguageSetting(): Promise<Locale> {
	const apply = (setting: LanguageSetting) => {
		const locale = resolveLocale(setting, browserLanguage());
		setLocale(locale);
		return locale;
	};
	browser.storage.onChanged.addListener((changes, area) => {
		const change = changes[LANGUAGE_KEY];
		if (area === "local" && change) apply(isLanguageSetting(change.newValue) ? change.newValue : "auto");
	});
	return apply(await readLanguageSetting());
}

export async function saveLanguageSetting(setting: LanguageSetting): Promise<void> {
	await browser.storage.local.set({ [LANGUAGE_KEY]: setting });
}
