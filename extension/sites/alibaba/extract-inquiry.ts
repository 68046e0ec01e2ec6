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
	for (const facts of stateRows.values()) rows.push(rowOf(facts, url, null, null));
	return listExtraction(url, "inquiry-list", rows);
}

/** One inquiry: the buyer (card and contact details), the message, and the inquiry's quality. */
export function extractInquiryDetail(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
): AlibabaExtraction {
	const fromState = state?.inquiry ? inquiryStateFacts(state.inquiry) : {};
	const { facts, leaves } = layeredFacts({ root: doc, pageUrl: url, state: fromState, detail: true, now });
	const capture = factsToCapture(facts, { url, pageKind: "inquiry-detail", threadKind: "inquiry" });
	return { capture, rows: [], buyerNameElement: nameElement(leaves, factValue(facts, "buyer.name")) };
}

function rowOf(facts: Facts, url: string, name: Element | null, element: Element | null): AlibabaRow {
	return {
		element,
		nameElement: name,
		row: factsToRow(facts),
		capture: factsToCapture(facts, { url, pageKind: "inquiry-list", threadKind: "inquiry" }),
	};
}
