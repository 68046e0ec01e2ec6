import { type Facts, setFact } from "./facts";
import { matchBadge, matchLabel } from "./labels";
import type { Leaf } from "./text-leaves";
import { parseAbsoluteDate } from "./values";

const MIN_LENGTH = 60;
const BOUNDARY = "button, textarea, input, select, h1, h2, h3";
const DATE = /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;

/**
 * An unlabelled message body: the block around the page's longest piece of text, grown while it
 * holds no label, badge, heading or form control (the reply box, the "Translate" button).
 * Layer "text": the side panel asks the user to confirm it.
 */
export function messageFacts(leaves: Leaf[]): Facts {
	const facts: Facts = {};
	const longest = leaves.reduce<Leaf | null>(
		(best, leaf) => (leaf.text.length > (best?.text.length ?? 0) ? leaf : best),
		null,
	);
	if (longest === null || longest.text.length < MIN_LENGTH || isMarker(longest)) return facts;
	let block = longest.element;
	for (let parent = block.parentElement; parent !== null; parent = parent.parentElement) {
		if (parent.tagName === "BODY" || parent.matches(BOUNDARY) || parent.querySelector(BOUNDARY) !== null)
			break;
		if (leaves.some((leaf) => parent.contains(leaf.element) && isMarker(leaf))) break;
		block = parent;
	}
	const body = leaves
		.filter((leaf) => block.contains(leaf.element))
		.map((leaf) => leaf.text)
		.join("\n");
	setFact(facts, "thread.message", body, "text");
	// Its date: the one shown with the message (its name-and-time line), not another message's.
	let dated: Leaf | undefined;
	for (
		let up = block.parentElement, level = 0;
		up !== null && !dated && level < 2;
		up = up.parentElement, level++
	) {
		const around = up;
		dated = leaves.find(
			(leaf) => around.contains(leaf.element) && !block.contains(leaf.element) && DATE.test(leaf.text),
		);
	}
	const date = dated ? DATE.exec(dated.text)?.[0] : undefined;
	if (date) {
		setFact(facts, "thread.dateText", date, "text");
		setFact(facts, "thread.date", parseAbsoluteDate(date), "text");
	}
	return facts;
}

function isMarker(leaf: Leaf): boolean {
	return matchLabel(leaf.text) !== null || matchBadge(leaf.text) !== null;
}
