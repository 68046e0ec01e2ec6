import type { PageCapture } from "../../../shared/schema/page-capture";
import { type Facts, factValue } from "./facts";
import { absoluteUrl, rfqKey } from "./ids";
import { layeredFacts, nameElement } from "./layers";
import type { AlibabaState } from "./page-state";
import { portraitFacts } from "./portrait";
import { segmentRows } from "./rows";
import { rfqStateFacts } from "./state-layer";
import { factsToCapture, factsToRow } from "./to-page-capture";
import type { AlibabaExtraction, AlibabaRow } from "./types";

/** The RFQ market list: one capture per row, rows matched to page state by their RFQ key. */
export function extractRfqList(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
): AlibabaExtraction {
	const stateRows = new Map<string, Facts>();
	for (const rfq of state?.rfqs ?? []) {
		const facts = rfqStateFacts(rfq, url);
		const id = factValue(facts, "thread.id");
		if (id) stateRows.set(id, facts);
	}
	const rows: AlibabaRow[] = [];
	for (const { key, element } of segmentRows(doc, (href) => rfqKey(href, url))) {
		const id = `rfq:${key}`;
		const fromState = stateRows.get(id);
		stateRows.delete(id);
		const { facts, leaves } = layeredFacts({
			root: element,
			pageUrl: url,
			state: fromState,
			detail: false,
			anchored: (rowLeaves) => portraitFacts(element, rowLeaves),
			now,
		});
		rows.push(rowOf(facts, url, nameElement(leaves, factValue(facts, "buyer.name")), element));
	}
	// Rows only the state knows are shown while the page has drawn none (see extract-inquiry.ts).
	if (rows.length === 0) for (const facts of stateRows.values()) rows.push(rowOf(facts, url, null, null));
	return listExtraction(url, "rfq-list", rows);
}

/** An RFQ detail page: the RFQ, its buyer profile and the buyer signals. */
export function extractRfqDetail(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
	pageKind = "rfq-detail",
): AlibabaExtraction {
	const detail = state?.rfqDetail;
	// State for another RFQ than the URL names is stale: left out.
	const other = detail?.url ? rfqKey(absoluteUrl(detail.url, url) ?? "") !== rfqKey(url) : false;
	const fromState = detail && !other ? rfqStateFacts(detail, url) : {};
	const { facts, leaves } = layeredFacts({
		root: doc,
		pageUrl: url,
		state: fromState,
		detail: true,
		anchored: (pageLeaves) => portraitFacts(doc, pageLeaves),
		now,
	});
	const capture = factsToCapture(facts, { url, pageKind, threadKind: "rfq" });
	return { capture, rows: [], buyerNameElement: nameElement(leaves, factValue(facts, "buyer.name")) };
}

function rowOf(facts: Facts, url: string, name: Element | null, element: Element | null): AlibabaRow {
	return {
		element,
		nameElement: name,
		row: factsToRow(facts),
		capture: factsToCapture(facts, { url, pageKind: "rfq-list", threadKind: "rfq" }),
	};
}

export function listExtraction(url: string, pageKind: string, rows: AlibabaRow[]): AlibabaExtraction {
	const capture: PageCapture = {
		site: "alibaba",
		url,
		pageKind,
		contacts: [],
		rows: rows.map((row) => row.row),
		unconfirmed: [],
	};
	return { capture, rows, buyerNameElement: null };
}
