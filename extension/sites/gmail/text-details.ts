import { parseContactText } from "../../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../../shared/contact-text/split-signature";
import { stripQuotedReply } from "../../../shared/email/strip-quoted-reply";
import type { PageCapture } from "../../../shared/schema/page-capture";
import { enrichCapture } from "./enrich-capture";

/**
 * The Gmail content script sends the DOM pass only (the phone and signature tools are too heavy
 * for the page); the side panel and the background (for in-page captures) add what signatures
 * say. Fields read from free text come back listed in `unconfirmed`, so the capture form asks the
 * user to check them. Numbers without a country code are read in the team's default country when
 * the signature and the sender's domain imply none. Extension pages and the background only: never imported by a content script.
 */
export function withTextDetails(
	capture: PageCapture,
	team: { defaultCountry?: string | null } = {},
): PageCapture {
	if (capture.site !== "gmail") return capture;
	return enrichCapture(capture, { stripQuotedReply, splitSignature, parseContactText }, team);
}
