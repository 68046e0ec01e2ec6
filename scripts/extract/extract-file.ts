/**
 * What our extractors get from a saved page or an email file: a saved Gmail page (thread or
 * list, detected from its DOM) through the same driver the extension runs, or an .eml through
 * shared/email's parseEml. Both with the full text tools (quote stripping, signatures, contact
 * details), as the side panel sees them.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { extractGmailPage } from "../../extension/sites/gmail";
import { parseContactText, splitSignature } from "../../shared/contact-text";
import { parseEml, stripQuotedReply } from "../../shared/email";
import type { PageCapture } from "../../shared/schema/page-capture";

export const TEXT_TOOLS = { stripQuotedReply, splitSignature, parseContactText };

export async function extractFile(file: string, url?: string): Promise<PageCapture> {
	const raw = await readFile(file);
	if (isEml(file, raw)) return parseEml(new Uint8Array(raw));
	return extractHtml(raw.toString("utf8"), url ?? pageUrl(file));
}

export function extractHtml(html: string, url: string): PageCapture {
	const { document } = parseHTML(html);
	return extractGmailPage(document as unknown as Document, { url, tools: TEXT_TOOLS });
}

function isEml(file: string, raw: Buffer): boolean {
	const ext = path.extname(file).toLowerCase();
	if (ext === ".eml" || ext === ".msg" || ext === ".txt") return true;
	if (ext === ".html" || ext === ".htm") return false;
	const head = raw.subarray(0, 2000).toString("latin1");
	return /^(?:[A-Za-z-]+:.*\r?\n)+/.test(head) && !/<html|<!doctype/i.test(head);
}

/** A saved page has no URL of its own; a Gmail-like one keeps the hash-based view detection honest. */
function pageUrl(file: string): string {
	return `https://mail.google.com/mail/u/0/#saved/${encodeURIComponent(path.basename(file))}`;
}
