import { parseContactText } from "../../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../../shared/contact-text/split-signature";
import { stripQuotedReply } from "../../../shared/email/strip-quoted-reply";
import type { PageCapture } from "../../../shared/schema/page-capture";
import { enrichCapture } from "../../sites/gmail/enrich-capture";

/**
 * The Gmail content script sends the DOM pass only (the phone and signature tools are too heavy
 * for the page); the panel adds what signatures say. Fields read from free text come back listed
 * in `unconfirmed`, so the capture form asks the user to check them.
 */
export function withTextDetails(capture: PageCapture): PageCapture {
	if (capture.site !== "gmail") return capture;
	return enrichCapture(capture, { stripQuotedReply, splitSignature, parseContactText });
}
