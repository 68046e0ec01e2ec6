import { buyerCardFacts, findBuyerCard } from "./buyer-card";
import { conversationFacts } from "./conversation";
import { listExtraction } from "./extract-rfq";
import { type Facts, factValue, mergeFacts, setFact } from "./facts";
import { inquiryKey } from "./ids";
import { layeredFacts, nameElement } from "./layers";
import type { AlibabaState } from "./page-state";
import { rowNameFacts } from "./row-name";
import { segmentRows } from "./rows";
import { SELECTORS } from "./selectors";
import { customerStateFacts, inquiryStateFacts } from "./state-layer";
import { textLeaves } from "./text-leaves";
import { factsToCapture, factsToRow } from "./to-page-capture";
import type { AlibabaExtraction, AlibabaRow, KnownBuyers } from "./types";

/**
 * The message centre's inquiry list: one capture per row, matched to page state by `tradeId`
 * (rows link to maDetail.htm?imInquiryId=<tradeId>; the older list marks rows `data-trade-id`).
 * Rows the page adds as you scroll are read from the page like the first ones.
 */
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
	for (const { key, element } of segmentRows(
		doc,
		(href) => inquiryKey(href, url),
		SELECTORS.tradeIdAttribute,
	)) {
		const id = `inquiry:${key}`;
		const fromState = stateRows.get(id);
		stateRows.delete(id);
		const { facts, leaves } = layeredFacts({
			root: element,
			pageUrl: url,
			state: mergeFacts(fromState ?? {}, threadOf(key, url)),
			detail: false,
			anchored: (rowLeaves) => rowNameFacts(element, rowLeaves),
			now,
		});
		rows.push(rowOf(facts, url, nameElement(leaves, factValue(facts, "buyer.name")), element));
	}
	// Rows only the state knows are shown while the page has drawn none; once it has, state rows
	// it does not show are stale (another tab of the list, the state not updated for it).
	if (rows.length === 0) for (const facts of stateRows.values()) rows.push(rowOf(facts, url, null, null));
	return listExtraction(url, "inquiry-list", rows);
}

/**
 * One inquiry: the buyer (the page's own queryCustomerInfo answer, then the buyer card), the
 * buyer's first message and the inquiry's quality. The buyer's platform id is not on this page:
 * it comes from the list row this inquiry was seen in (`known`, by tradeId).
 */
export function extractInquiryDetail(
	doc: Document,
	url: string,
	state: AlibabaState | null,
	now?: Date,
	known?: KnownBuyers,
): AlibabaExtraction {
	const tradeId = inquiryKey(url);
	const fromList: Facts = {};
	const row = tradeId ? state?.inquiries.find((inquiry) => inquiry.tradeId === tradeId) : undefined;
	setFact(
		fromList,
		"buyer.buyerId",
		row?.buyerAccountId ?? (tradeId ? known?.get(tradeId) : undefined),
		"state",
	);
	const card = findBuyerCard(doc);
	const cardLeaves = card ? textLeaves(card) : [];
	const { facts, leaves } = layeredFacts({
		root: doc,
		pageUrl: url,
		state: mergeFacts(
			fromList,
			state?.customer ? customerStateFacts(state.customer, now) : {},
			row ? inquiryStateFacts(row) : {},
			tradeId ? threadOf(tradeId, url) : {},
		),
		detail: true,
		anchored: () => mergeFacts(conversationFacts(doc), card ? buyerCardFacts(card, cardLeaves) : {}),
		now,
	});
	const capture = factsToCapture(facts, { url, pageKind: "inquiry-detail", threadKind: "inquiry" });
	const name = factValue(facts, "buyer.name");
	// The badge goes beside the card's name when the card is open, else the first place it shows.
	return { capture, rows: [], buyerNameElement: nameElement(cardLeaves, name) ?? nameElement(leaves, name) };
}

function threadOf(tradeId: string, url: string): Facts {
	const facts: Facts = {};
	setFact(facts, "thread.id", `inquiry:${tradeId}`, "attribute");
	setFact(
		facts,
		"thread.url",
		new URL(`/message/maDetail.htm?imInquiryId=${encodeURIComponent(tradeId)}`, url).href,
		"attribute",
	);
	return facts;
}

function rowOf(facts: Facts, url: string, name: Element | null, element: Element | null): AlibabaRow {
	return {
		element,
		nameElement: name,
		row: factsToRow(facts),
		capture: factsToCapture(facts, { url, pageKind: "inquiry-list", threadKind: "inquiry" }),
	};
}
