/**
 * What our extractors get from a saved page or an email file: a saved Gmail page (thread or
 * list, detected from its DOM) through the same driver the extension runs, or an .eml through
 * shared/email's parseEml. Both with the full text tools (quote stripping, signatures, contact
 * details), as the side panel sees them. A saved Alibaba seller page, given its address (`--url`),
 * goes through the Alibaba driver with the page state its inline scripts set, picked and validated
 * as in the browser: the same capture the extension would make.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import "../../extension/sites/alibaba/country-names-table";
import { extractAlibaba } from "../../extension/sites/alibaba/extract";
import { inlineGlobals } from "../../extension/sites/alibaba/inline-state";
import { isBuyerSidePage } from "../../extension/sites/alibaba/page-kind";
import { parseStateMessage, STATE_MESSAGE_TAG } from "../../extension/sites/alibaba/page-state";
import { pickAlibabaState } from "../../extension/sites/alibaba/page-state-pick";
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
	if (isAlibabaUrl(url)) return extractAlibabaHtml(html, document as unknown as Document, url);
	return extractGmailPage(document as unknown as Document, { url, tools: TEXT_TOOLS });
}

function isAlibabaUrl(url: string): boolean {
	try {
		return /(?:^|\.)alibaba\.com$/i.test(new URL(url).hostname);
	} catch {
		return false;
	}
}

/** An Alibaba page as the extension reads it: inline page state → main-world pick → validation → driver. */
function extractAlibabaHtml(html: string, document: Document, url: string): PageCapture {
	if (isBuyerSidePage(url)) throw new Error(`${url} is a buyer's own page: Tierline never reads it`);
	const picked = pickAlibabaState(inlineGlobals(html));
	const state = parseStateMessage(structuredClone({ tag: STATE_MESSAGE_TAG, kind: "state", state: picked }));
	const page = extractAlibaba(document, url, state);
	if (page === null) throw new Error(`${url} is not an Alibaba seller page Tierline reads`);
	return page.capture;
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
