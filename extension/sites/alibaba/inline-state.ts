/**
 * The page state a saved Alibaba page sets in its inline scripts — `window.feedbackListResponse =
 * {…};`, `PAGE_DATA["index"] = {…};`, `window.__VMFsConv__cache__ = {…}` — read from the HTML
 * without running any of it, as the globals the main-world picker would see. JSON values only (a
 * value that is not JSON is left out). Used by `npm run extract` and the tests; never bundled
 * into a content script (there the page's scripts have run and the picker reads the globals).
 */

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const ASSIGNMENT =
	/(?:^|[;\s])(?:window\.)?([A-Za-z_$][\w$]*)(?:\[\s*["']([\w$-]+)["']\s*\]|\.([A-Za-z_$][\w$]*))?\s*=\s*(?=[{[])/g;
const MAX_VALUE = 5_000_000;

export function inlineGlobals(html: string): Record<string, unknown> {
	const globals: Record<string, unknown> = Object.create(null);
	for (const [, body = ""] of html.matchAll(SCRIPT)) {
		for (const match of body.matchAll(ASSIGNMENT)) {
			const [, name, bracketKey, dotKey] = match;
			const value = jsonAt(body, (match.index ?? 0) + match[0].length);
			if (name === undefined || value === undefined || isUnsafe(name)) continue;
			const key = bracketKey ?? dotKey;
			if (key === undefined) globals[name] = value;
			else if (!isUnsafe(key)) {
				const holder = globals[name];
				const target = typeof holder === "object" && holder !== null ? holder : Object.create(null);
				(target as Record<string, unknown>)[key] = value;
				globals[name] = target;
			}
		}
	}
	return { ...globals };
}

/** The JSON object or array starting at `start`, found by balancing brackets outside strings. */
function jsonAt(text: string, start: number): unknown {
	let depth = 0;
	let quote: string | null = null;
	for (let i = start; i < text.length && i - start < MAX_VALUE; i++) {
		const char = text[i];
		if (quote !== null) {
			if (char === "\\") i++;
			else if (char === quote) quote = null;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === "{" || char === "[") depth++;
		else if (char === "}" || char === "]") {
			depth--;
			if (depth === 0) {
				try {
					return JSON.parse(text.slice(start, i + 1));
				} catch {
					return undefined;
				}
			}
		}
	}
	return undefined;
}

function isUnsafe(name: string): boolean {
	return name === "__proto__" || name === "prototype" || name === "constructor";
}
