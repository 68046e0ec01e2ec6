import type { PageCapture, PageListRow } from "../../../shared/schema/page-capture";

/** One list row: its data, its own capture (for a per-row capture button) and where to draw. */
export interface AlibabaRow {
	/** The row on the page; null for a row known only from page state (not drawn yet). */
	element: Element | null;
	/** The element showing the buyer's name, where the tier badge goes. */
	nameElement: Element | null;
	row: PageListRow;
	capture: PageCapture;
}

/** What an Alibaba page yields: the side panel's capture, list rows, and the detail's name element. */
export interface AlibabaExtraction {
	capture: PageCapture;
	rows: AlibabaRow[];
	buyerNameElement: Element | null;
}

/** Buyers' platform ids by inquiry (tradeId → accountId), remembered from the inquiry list. */
export type KnownBuyers = ReadonlyMap<string, string>;
