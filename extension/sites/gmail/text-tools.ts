/**
 * Text-level helpers the extractors use when the DOM does not mark quoted history or a
 * signature (mail from other clients), and to read contact details out of a signature. They
 * come from shared/ (email, contact-text) and are passed in, so the in-page bundle can leave the
 * heavy ones (phone metadata) to the extension pages while the CLI and tests use all of them.
 */
import type { ContactTextOptions } from "../../../shared/contact-text/parse-contact-text";
import type { SignatureOptions } from "../../../shared/contact-text/split-signature";
import type { ParsedContact } from "../../../shared/contact-text/types";

export interface TextTools {
	stripQuotedReply?: (text: string) => { reply: string; quoted: string };
	splitSignature?: (body: string, options?: SignatureOptions) => { body: string; signature: string };
	parseContactText?: (text: string, options?: ContactTextOptions) => ParsedContact;
}

export const NO_TEXT_TOOLS: TextTools = {};
