import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { getLocale, setLocale } from "../../extension/i18n";
import {
	LANGUAGE_KEY,
	loadLanguageSetting,
	saveLanguageSetting,
} from "../../extension/i18n/language-setting";
import {
	apiOrigin,
	buildDefaults,
	normalizeApiUrl,
	readApiSettings,
	saveApiSettings,
} from "../../extension/store/settings";

beforeEach(() => fakeBrowser.reset());
afterEach(() => setLocale("en"));

describe("API settings", () => {
	it("tidies the address a user pastes", () => {
		expect(normalizeApiUrl(" https://api.example.com/v1/ ")).toBe("https://api.example.com");
		expect(apiOrigin("http://127.0.0.1:8787")).toBe("http://127.0.0.1:8787");
		expect(apiOrigin("javascript:alert(1)")).toBeNull();
		expect(apiOrigin("not a url")).toBeNull();
	});

	it("a development build comes configured only when both variables are set", () => {
		expect(buildDefaults({ WXT_API_URL: "http://127.0.0.1:8787/", WXT_API_TOKEN: "tl_dev" })).toEqual({
			apiUrl: "http://127.0.0.1:8787",
			token: "tl_dev",
		});
		expect(buildDefaults({ WXT_API_URL: "http://127.0.0.1:8787" })).toBeNull();
	});

	it("saved settings win over the build's", async () => {
		await saveApiSettings({ apiUrl: "https://tierline.example.com/", token: " tok " });
		expect(await readApiSettings()).toEqual({
			settings: { apiUrl: "https://tierline.example.com", token: "tok" },
			saved: true,
		});
	});
});

describe("language setting", () => {
	it("applies the saved language and follows changes made elsewhere", async () => {
		await saveLanguageSetting("zh_CN");
		expect(await loadLanguageSetting()).toBe("zh_CN");
		expect(getLocale()).toBe("zh_CN");
		await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: "en" });
		expect(getLocale()).toBe("en");
	});
});
