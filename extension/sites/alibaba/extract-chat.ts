import { factValue } from "./facts";
import { matchLabel } from "./labels";
import { layeredFacts, nameElement } from "./layers";
import { textLeaves } from "./text-leaves";
import { factsToCapture } from "./to-page-capture";
import type { AlibabaExtraction } from "./types";

/**
 * Web chat (and any page with a buyer profile card): only the card is read, found by its
 * heading ("Buyer Information", "买家信息"), so other conversations in the page never mix in.
 */
export function extractBuyerCard(doc: Document, url: string, now?: Date): AlibabaExtraction {
	// No page state here: which conversation a chat's state describes cannot be told from the URL.
	const card = buyerCard(doc);
	const { facts, leaves } = layeredFacts({ root: card ?? doc, pageUrl: url, detail: true, now });
	const capture = factsToCapture(facts, { url, pageKind: "chat", threadKind: "chat" });
	return { capture, rows: [], buyerNameElement: nameElement(leaves, factValue(facts, "buyer.name")) };
}

/** The smallest element around the buyer-profile heading that holds more than the heading. */
export function buyerCard(doc: Document): Element | null {
	const heading = textLeaves(doc).find((leaf) => matchLabel(leaf.text)?.kind === "buyerSection");
	if (heading === undefined) return null;
	const headingText = heading.element.textContent ?? "";
	for (let element: Element | null = heading.element; element !== null; element = element.parentElement) {
		if ((element.textContent ?? "").trim().length > headingText.trim().length) return element;
	}
	return null;
}
