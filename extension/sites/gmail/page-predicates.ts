/**
 * Where in Gmail we are, from the URL alone (the hash is Gmail's router). One-liners, with the
 * URLs they are tested on beside them.
 */
import { findFirst } from "./selectors";

/** Views whose second hash segment is a name (label, query, category), so a thread id is third. */
const NAMED_VIEWS = new Set(["label", "search", "category", "advanced-search", "create-filter"]);
/** Gmail screens that are neither a list of mail nor a thread. */
const NOT_MAIL = new Set(["settings", "contacts", "chat", "spaces", "rooms", "apps"]);

/** The hash segments of a Gmail URL: "#label/Customers%2FVIP/FMfcg…" → ["label", "Customers/VIP", "FMfcg…"]. */
export function hashSegments(url: string): string[] {
	const hash = url.includes("#") ? url.slice(url.indexOf("#") + 1) : "";
	return hash
		.split("/")
		.filter((part) => part !== "")
		.map(safeDecode);
}

/** https://mail.google.com/mail/u/0/#inbox → true; https://mail.google.com/chat → false */
export const isGmail = (url: string): boolean => /^https:\/\/mail\.google\.com\/mail\//.test(url);

/** #inbox, #label/X, #search/q, #sent, #all, #starred, #category/social → a list of threads. */
export const isListView = (url: string): boolean => isMailView(url) && threadIdFromUrl(url) === undefined;

/** #inbox/FMfcgzQXJWDsKmtRx…, #label/X/FMfcg…, #search/q/FMfcg…, #sent/16c8d8a5b5e5e5e5 → a thread. */
export const isThreadView = (url: string): boolean => isMailView(url) && threadIdFromUrl(url) !== undefined;

/** …/#inbox and …/ (no hash: Gmail opens the inbox) → mail; #settings/general → not. */
export const isMailView = (url: string): boolean =>
	isGmail(url) && !NOT_MAIL.has(hashSegments(url)[0] ?? "inbox");

/** Split (preview) pane: a thread is open while the list stays on screen. */
export const isSplitPane = (doc: Document): boolean =>
	findFirst(doc, "threadList") !== null && findFirst(doc, "subject") !== null;

/** The thread token in the URL: "#inbox/FMfcgzQXJWDsKmtRxmHCcl" → "FMfcgzQXJWDsKmtRxmHCcl". */
export function threadIdFromUrl(url: string): string | undefined {
	if (!isGmail(url)) return undefined;
	const [view, ...rest] = hashSegments(url);
	if (view === undefined) return undefined;
	const token = NAMED_VIEWS.has(view) ? rest[1] : rest[0];
	return token !== undefined && /^[A-Za-z0-9_-]{16,}$/.test(token) ? token : undefined;
}

function safeDecode(part: string): string {
	try {
		return decodeURIComponent(part.replace(/\+/g, " "));
	} catch {
		return part;
	}
}
