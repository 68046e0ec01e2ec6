/**
 * The whole screen as one PageCapture: a thread, a list, or both (split pane). Auto-detects
 * which from the DOM, so it works on saved pages as well as live ones. Never throws.
 */
import type { PageCapture } from "../../../shared/schema/page-capture";
import { rowContacts, threadContacts } from "./contacts";
import { enrichCapture } from "./enrich-capture";
import { readListRows } from "./list-rows";
import { readOwnAccount } from "./own-account";
import type { TextTools } from "./text-tools";
import { readThreadView } from "./thread-view";

export type GmailPageKind = "thread" | "list" | "split" | "other";

export interface ExtractOptions {
	url?: string;
	tools?: TextTools;
}

export function extractGmailPage(doc: Document, options: ExtractOptions = {}): PageCapture {
	const url = options.url ?? doc.location?.href ?? "";
	try {
		const own = readOwnAccount(doc);
		const threadView = readThreadView(doc, url);
		const rows = readListRows(doc);
		const pageKind: GmailPageKind = threadView
			? rows.length > 0
				? "split"
				: "thread"
			: rows.length > 0
				? "list"
				: "other";
		const contacts = threadView ? threadContacts(threadView.messages, own) : rowContacts(rows, own);
		const capture: PageCapture = {
			site: "gmail",
			url,
			pageKind,
			contacts,
			thread: threadView?.thread,
			rows: rows.map((row) => row.data),
			unconfirmed: [],
		};
		return options.tools ? enrichCapture(capture, options.tools) : capture;
	} catch {
		return { site: "gmail", url, pageKind: "other", contacts: [], rows: [], unconfirmed: [] };
	}
}
