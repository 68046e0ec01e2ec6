/**
 * ISO alpha-2 from a country as Alibaba shows it: English (the platform's data, the English
 * seller interface) or Chinese (the Chinese seller interface), plus the shared aliases ("UAE",
 * "阿联酋"). The names table is not bundled into the content script (~5 KB gzip of its 40 KB
 * budget): it ships as extension/public/alibaba-country-names.json, which the content script
 * loads once at start, before its first read of the page (loadCountryNames); tests, the bench and
 * `npm run extract` install it from the same file (country-names-table.ts).
 */

/** Country key (see countryKey) → ISO alpha-2. */
export type CountryNames = Record<string, string>;

export const COUNTRY_NAMES_FILE = "alibaba-country-names.json";

let index: Map<string, string> | null = null;
let codes: Set<string> = new Set();

export function installCountryNames(names: CountryNames): void {
	index = new Map(Object.entries(names).filter(([, code]) => /^[A-Z]{2}$/.test(code)));
	codes = new Set(index.values());
}

/** Loads the table shipped with the extension (once; later calls reuse it). */
export async function loadCountryNames(url: string): Promise<void> {
	if (index !== null) return;
	try {
		const response = await fetch(url);
		if (response.ok) installCountryNames((await response.json()) as CountryNames);
	} catch {
		// Without the table, names stay unread; codes from page state still count.
	}
}

export function alibabaCountryCode(shown: string): string | null {
	const text = shown.normalize("NFKC").trim();
	const code = text.toUpperCase();
	if (/^[A-Z]{2}$/.test(code) && (codes.has(code) || index === null)) return code;
	return index?.get(countryKey(text)) ?? null;
}

/** Compared as shared/normalize's countryKey does: lower-case, no accents, dots or apostrophes. */
export function countryKey(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/[.'’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}
