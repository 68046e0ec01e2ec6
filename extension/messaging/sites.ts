import { MatchPattern } from "wxt/utils/match-patterns";
import { ALIBABA_MATCHES } from "../sites/alibaba/matches";

/**
 * The pages our content scripts run on. Messages from a content script on any other page are
 * refused. Keep in step with the `matches` of the entrypoints/*.content scripts.
 */
export const CONTENT_SCRIPT_MATCHES = ["https://mail.google.com/*", ...ALIBABA_MATCHES];

const patterns = CONTENT_SCRIPT_MATCHES.map((p) => new MatchPattern(p));

export function isOurSite(url: string): boolean {
	try {
		return patterns.some((pattern) => pattern.includes(url));
	} catch {
		return false;
	}
}
