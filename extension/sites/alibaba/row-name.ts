import { looksLikeCompany, looksLikeName } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { matchBadge, matchLabel } from "./labels";
import type { Leaf } from "./text-leaves";
import { cleanText, toCountry } from "./values";

/** The older list's name cell (2026-12, FACTS.md). */
const NAME_CELL = ".aui2-grid-name";
/** Row statuses in both interfaces: words, not names. */
const STATUS =
	/^(?:ongoing|unread|read|replied|pending|closed|spam|view details|洽谈中|未读|已读|已回复|待回复|已关闭|垃圾询盘|查看详情)$/i;

/**
 * An inquiry-list row's buyer name, which no label announces: the older list's name cell (layer
 * "label"), else the row's first piece of text that reads as a person's name and is not the
 * subject, a status, a country, a company or the row's owner (layer "text": to be confirmed).
 */
export function rowNameFacts(row: Element, leaves: Leaf[]): Facts {
	const facts: Facts = {};
	const cell = cleanText(row.querySelector(NAME_CELL)?.textContent ?? "");
	if (looksLikeName(cell)) {
		setFact(facts, "buyer.name", cell, "label");
		return facts;
	}
	const first = leaves.find(({ text, element }) => isName(text, element));
	if (first) setFact(facts, "buyer.name", cleanText(first.text), "text");
	return facts;
}

function isName(text: string, element: Element): boolean {
	if (!looksLikeName(text) || STATUS.test(text) || isInLink(element)) return false;
	if (element.getAttribute("title") === text || matchLabel(text) !== null || matchBadge(text) !== null)
		return false;
	return toCountry(text) === null && !looksLikeCompany(text) && text.split(/\s+/).length <= 5;
}

/** Inside a real link (the subject), not a row that is itself a `javascript:` anchor (the older list). */
function isInLink(element: Element): boolean {
	const href = element.closest("a[href]")?.getAttribute("href")?.trim() ?? null;
	return href !== null && !/^(?:javascript:|#)/i.test(href);
}
