import { type Facts, setFact } from "./facts";
import { SELECTORS } from "./selectors";
import { textLeaves } from "./text-leaves";
import { parseAbsoluteDate } from "./values";

/**
 * The inquiry detail's conversation (2026-12): the buyer's messages are `item-left`, the seller's
 * `item-right`; a message's machine translation (`.target-content`) is not the buyer's words. The
 * buyer's first message is the inquiry, and the latest message says who has to answer. Anchored by the
 * page's structure: layer "label".
 */
export function conversationFacts(root: Document | Element): Facts {
	const facts: Facts = {};
	const body = root.querySelector(SELECTORS.buyerMessage);
	if (body === null) return facts;
	latestMessageFacts(facts, root);
	const text = textLeaves(body)
		.filter((leaf) => leaf.element.closest(SELECTORS.translation) === null)
		.map((leaf) => leaf.text)
		.join("\n");
	setFact(facts, "thread.message", text, "label");
	const date = messageDate(body.closest(SELECTORS.conversationItem));
	if (date) {
		setFact(facts, "thread.dateText", date, "label");
		setFact(facts, "thread.date", parseAbsoluteDate(date), "label");
	}
	return facts;
}

/** The conversation's last item: the buyer's (`item-left`) or the seller's (`item-right`), and when. */
function latestMessageFacts(facts: Facts, root: Document | Element): void {
	const items = root.querySelectorAll(SELECTORS.conversationItem);
	const last = items[items.length - 1];
	if (!last) return;
	const from = last.classList.contains("item-right")
		? "seller"
		: last.classList.contains("item-left")
			? "buyer"
			: null;
	if (from === null) return;
	setFact(facts, "thread.lastFrom", from, "label");
	const date = messageDate(last);
	if (date) setFact(facts, "thread.lastAt", parseAbsoluteDate(date), "label");
}

/** A conversation item's "YYYY-MM-DD HH:mm" (in `.item-base-info`). */
function messageDate(item: Element | null): string | undefined {
	const info = item?.querySelector(".item-base-info")?.textContent ?? "";
	return /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.exec(info)?.[0];
}
