import { attributeFacts, pageUrlFacts } from "./attribute-layer";
import { type Facts, factValue, mergeFacts, setFact } from "./facts";
import { inquiryQuality } from "./inquiry-quality";
import { labelFacts } from "./label-layer";
import { messageFacts } from "./message-block";
import { textFacts } from "./text-layer";
import { type Leaf, textLeaves } from "./text-leaves";
import { cleanText } from "./values";

export interface LayerInput {
	root: Document | Element;
	pageUrl: string;
	/** Facts from the page's embedded state, when the main-world script found any. */
	state?: Facts;
	/** A detail page: its thread is the page URL's, and links to other threads are ignored. */
	detail: boolean;
	/** Page-specific anchored facts (e.g. the name beside a portrait), ranked with the labels. */
	anchored?: (leaves: Leaf[]) => Facts;
	now?: Date;
}

export interface LayeredFacts {
	facts: Facts;
	leaves: Leaf[];
}

/** All layers, most trusted first: state → attributes → labels → text (→ inquiry quality). */
export function layeredFacts(input: LayerInput): LayeredFacts {
	const leaves = textLeaves(input.root);
	const facts = mergeFacts(
		input.state ?? {},
		input.detail ? pageUrlFacts(input.pageUrl) : {},
		attributeFacts(input.root, input.pageUrl, { threadLinks: !input.detail }),
		input.anchored?.(leaves) ?? {},
		labelFacts(leaves, input.now),
		input.detail ? headingFacts(input.root) : {},
		input.detail ? messageFacts(leaves) : {},
		textFacts(leaves),
	);
	// The buyer's own words: the message, or an RFQ's subject when the list shows no message.
	const words = factValue(facts, "thread.message") ?? factValue(facts, "thread.subject");
	return { facts: words ? mergeFacts(facts, inquiryQuality(words)) : facts, leaves };
}

/** A detail page's first heading is its subject when nothing better said so (layer "text"). */
function headingFacts(root: Document | Element): Facts {
	const facts: Facts = {};
	const heading = root.querySelector("h1") ?? root.querySelector("h2");
	const text = cleanText(heading?.textContent ?? "");
	if (text.length >= 3) setFact(facts, "thread.subject", text, "text");
	return facts;
}

/** The element showing the buyer's name (for a badge), or null. */
export function nameElement(leaves: Leaf[], name: string | undefined): Element | null {
	if (!name) return null;
	const wanted = cleanText(name);
	const matches = leaves.filter((leaf) => cleanText(leaf.text) === wanted);
	// Prefer an element that shows the name alone (not a signature paragraph that contains it).
	const alone = matches.find((leaf) => cleanText(leaf.element.textContent ?? "") === wanted);
	return (alone ?? matches[0])?.element ?? null;
}
