import { browser } from "wxt/browser";

export interface ApiSettings {
	/** Base URL of the Tierline API, without a trailing slash, e.g. https://tierline.example.workers.dev */
	apiUrl: string;
	token: string;
}

export const API_SETTINGS_KEY = "tierline.api";

/**
 * A development build made with WXT_API_URL and WXT_API_TOKEN in the environment comes
 * pre-configured for the local API; these apply only until the user saves settings.
 */
export function buildDefaults(env: { WXT_API_URL?: string; WXT_API_TOKEN?: string }): ApiSettings | null {
	const apiUrl = env.WXT_API_URL?.trim();
	const token = env.WXT_API_TOKEN?.trim();
	return apiUrl && token ? { apiUrl: normalizeApiUrl(apiUrl), token } : null;
}

/** Trim, drop trailing slashes and a pasted "/v1" suffix: the client adds the paths. */
export function normalizeApiUrl(raw: string): string {
	return raw.trim().replace(/\/+$/, "").replace(/\/v1$/, "");
}

/** Plain http is only for an API on this machine; anywhere else the token would travel in clear. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);

function parsedUrl(apiUrl: string): URL | null {
	try {
		return new URL(apiUrl);
	} catch {
		return null;
	}
}

/** An http:// URL of another host than localhost or 127.0.0.1: refused, the token would be sent in clear. */
export function isInsecureApiUrl(apiUrl: string): boolean {
	const url = parsedUrl(apiUrl);
	return url?.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname);
}

/** The API's origin; null unless the text is an https URL (or http on localhost / 127.0.0.1). */
export function apiOrigin(apiUrl: string): string | null {
	const url = parsedUrl(apiUrl);
	if (url === null || isInsecureApiUrl(apiUrl)) return null;
	return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}

function isApiSettings(value: unknown): value is ApiSettings {
	const v = value as Partial<ApiSettings> | undefined;
	return typeof v?.apiUrl === "string" && typeof v.token === "string";
}

export async function readApiSettings(): Promise<{ settings: ApiSettings | null; saved: boolean }> {
	const stored = (await browser.storage.local.get(API_SETTINGS_KEY))[API_SETTINGS_KEY];
	if (isApiSettings(stored)) return { settings: stored, saved: true };
	return { settings: buildDefaults(import.meta.env), saved: false };
}

export async function getApiSettings(): Promise<ApiSettings | null> {
	return (await readApiSettings()).settings;
}

export async function saveApiSettings(settings: ApiSettings): Promise<void> {
	const value: ApiSettings = { apiUrl: normalizeApiUrl(settings.apiUrl), token: settings.token.trim() };
	await browser.storage.local.set({ [API_SETTINGS_KEY]: value });
}

/** Calls back when the saved API settings change (in any extension context). */
export function onApiSettingsChanged(listener: () => void): () => void {
	const handler = (changes: Record<string, unknown>, area: string) => {
		if (area === "local" && API_SETTINGS_KEY in changes) listener();
	};
	browser.storage.onChanged.addListener(handler);
	return () => browser.storage.onChanged.removeListener(handler);
}
