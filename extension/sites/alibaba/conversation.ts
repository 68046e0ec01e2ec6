import { type Facts, setFact } from "./facts";
import { SELECTORS } from "./selectors";
import { textLeaves } from "./text-leaves";
import { parseAbsoluteDate } from "./values";

/**
 * The inquiry detail's conversation (2026-12): the buyer's messages are `item-left`, the seller's
 * `item-right`; a message's machine translation (`.target-content`) is not the buyer's words. The
 * buyer's first message is the inquiry. Anchored by the page's structure: layer "label".
 */
export function conversationFacts(root: Document | Element): Facts {
	const facts: Facts = {};
	const body = root.querySelector(SELECTORS.buyerMessage);
	if (body === null) return facts;
	const text = textLeaves(body)
		.filter((leaf) => leaf.element.closest(SELECTORS.translation) === null)
		.map((leaf) => leaf.text)
		.join("\n");
	setFact(facts, "thread.message", text, "label");
	const info = body.closest(".message-item-wrapper")?.querySelector(".item-base-info")?.textContent ?? "";
	const date = /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.exec(info)?.[0];
	if (date) {
		setFact(facts, "thread.dateText", date, "label");
		setFact(facts, "thread.date", parseAbsoluteDate(date), "label");
	}
	return facts;
}
