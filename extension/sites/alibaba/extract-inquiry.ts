import { listExtraction } from "./extract-rfq";
import { type Facts, factValue } from "./facts";
import { inquiryKey } from "./ids";
import { layeredFacts, nameElement } from "./layers";
import type { AlibabaState } from "./page-state";
import { segmentRows } from "./rows";
import { inquiryStateFacts } from "./state-layer";
import { factsToCapture, factsToRow } from "./to-page-capture";
import type { AlibabaExtraction, AlibabaRow } from "./types";

/** The message centre's inquiry list: one capture per row, matched to page state by inquiry id. */
export function extractInquiryList(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
): AlibabaExtraction {
	const stateRows = new Map<string, Facts>();
	for (const inquiry of state?.inquiries ?? []) {
		const facts = inquiryStateFacts(inquiry);
		const id = factValue(facts, "thread.id");
		if (id) stateRows.set(id, facts);
	}
	const rows: AlibabaRow[] = [];
	for (const { key, element } of segmentRows(doc, (href) => inquiryKey(href, url))) {
		const id = `inquiry:${key}`;
		const fromState = stateRows.get(id);
		stateRows.delete(id);
		const { facts, leaves } = layeredFacts({
			root: element,
			pageUrl: url,
			state: fromState,
			detail: false,
			now,
		});
		rows.push(rowOf(facts, url, nameElement(leaves, factValue(facts, "buyer.name")), element));
	}
	// Rows only the state knows are shown while the page has drawn none; once it has, state rows
	// it does not show are stale (an in-app page change the state was not updated for).
	if (rows.length === 0) for (const facts of stateRows.values()) rows.push(rowOf(facts, url, null, null));
	return listExtraction(url, "inquiry-list", rows);
}

/** One inquiry: the buyer (card and contact details), the message, and the inquiry's quality. */
export function extractInquiryDetail(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
): AlibabaExtraction {
	const { facts, leaves } = layeredFacts({
		root: doc,
		pageUrl: url,
		state: inquiryOfPage(state, url),
		detail: true,
		now,
	});
	const capture = factsToCapture(facts, { url, pageKind: "inquiry-detail", threadKind: "inquiry" });
	return { capture, rows: [], buyerNameElement: nameElement(leaves, factValue(facts, "buyer.name")) };
}

/** The state's inquiry, unless it is another one than the page's URL names (stale after in-app navigation). */
function inquiryOfPage(state: AlibabaState | null, url: string): Facts {
	const inquiry = state?.inquiry;
	if (!inquiry) return {};
	const id = inquiryKey(url);
	return id !== null && inquiry.inquiryId !== undefined && inquiry.inquiryId !== id
		? {}
		: inquiryStateFacts(inquiry);
}

function rowOf(facts: Facts, url: string, name: Element | null, element: Element | null): AlibabaRow {
	return {
		element,
		nameElement: name,
		row: factsToRow(facts),
		capture: factsToCapture(facts, { url, pageKind: "inquiry-list", threadKind: "inquiry" }),
	};
}
