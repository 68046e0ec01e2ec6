import { looksLikeName } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import type { Leaf } from "./text-leaves";
import { cleanText } from "./values";

/** RFQ portraits are `//ae01.alicdn.com/kf/<portraitPath>_50x50.jpg` (2026-12). */
const PORTRAIT = /portrait|avatar|head[-_]?img|buyer[-_]?photo|ae01\.alicdn\.com\/kf\/[^/]+_50x50\./i;

/**
 * The buyer's name beside their portrait: the image is found by its src (2026-11: RFQ rows show
 * `portraitPath`), the name is the next piece of text after it. Anchored: layer "label".
 */
export function portraitFacts(root: Document | Element, leaves: Leaf[]): Facts {
	const facts: Facts = {};
	const image = Array.from(root.querySelectorAll("img[src]")).find((img) =>
		PORTRAIT.test(img.getAttribute("src") ?? ""),
	);
	if (image === undefined) return facts;
	const next = leaves.find((leaf) => image.compareDocumentPosition(leaf.element) & 4 /* FOLLOWING */);
	if (next && looksLikeName(next.text)) setFact(facts, "buyer.name", cleanText(next.text), "label");
	return facts;
}
