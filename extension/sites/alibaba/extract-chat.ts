import { buyerCardFacts, findBuyerCard } from "./buyer-card";
import { type Facts, factValue, mergeFacts } from "./facts";
import { layeredFacts, nameElement } from "./layers";
import type { AlibabaState } from "./page-state";
import { chatStateFacts } from "./state-layer";
import { factsToCapture } from "./to-page-capture";
import type { AlibabaExtraction } from "./types";

/**
 * OneTalk chat and its CRM view: only the buyer card is read (found by its class or its labels,
 * see buyer-card.ts), so other conversations in the page never mix in; the buyer's platform id
 * comes from OneTalk's conversation cache when it can tell which conversation is open.
 */
export function extractBuyerCard(
	doc: Document,
	url: string,
	state: AlibabaState | null = null,
	now?: Date,
): AlibabaExtraction {
	const card = findBuyerCard(doc);
	if (card === null) {
		const facts: Facts = chatStateFacts(state?.chats ?? [], url);
		return {
			capture: factsToCapture(facts, { url, pageKind: "chat", threadKind: "chat" }),
			rows: [],
			buyerNameElement: null,
		};
	}
	const { facts, leaves } = layeredFacts({
		root: card,
		pageUrl: url,
		detail: true,
		anchored: (cardLeaves) => buyerCardFacts(card, cardLeaves),
		now,
	});
	const merged = mergeFacts(chatStateFacts(state?.chats ?? [], url, factValue(facts, "buyer.name")), facts);
	const capture = factsToCapture(merged, { url, pageKind: "chat", threadKind: "chat" });
	return { capture, rows: [], buyerNameElement: nameElement(leaves, factValue(merged, "buyer.name")) };
}
