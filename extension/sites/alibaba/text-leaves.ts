/** One visible piece of text and the element that holds it, in document order. */
export interface Leaf {
	text: string;
	element: Element;
}

const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "TEXTAREA"]);

/**
 * The page's text pieces in document order, ignoring scripts, styles and Tierline's own UI
 * (`data-tierline`). The basis of the label and text layers: no class name is consulted.
 */
export function textLeaves(root: Element | Document): Leaf[] {
	const doc = root.ownerDocument ?? (root as Document);
	const start = "body" in root && root.body ? root.body : root;
	const walker = doc.createTreeWalker(start, 4 /* NodeFilter.SHOW_TEXT */);
	const leaves: Leaf[] = [];
	const skippedCache = new Map<Element, boolean>();
	for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
		const element = node.parentElement;
		const value = node.nodeValue;
		if (element === null || value === null || value.trim() === "") continue;
		if (isSkipped(element, skippedCache)) continue;
		leaves.push({ text: value.replace(/\s+/g, " ").trim(), element });
	}
	return leaves;
}

function isSkipped(element: Element, cache: Map<Element, boolean>): boolean {
	const cached = cache.get(element);
	if (cached !== undefined) return cached;
	const parent = element.parentElement;
	const skipped =
		SKIPPED.has(element.tagName.toUpperCase()) ||
		element.hasAttribute("data-tierline") ||
		(parent !== null && isSkipped(parent, cache));
	cache.set(element, skipped);
	return skipped;
}

/** The leaves' text, one per line: the text layer's input. */
export function leavesText(leaves: Leaf[]): string {
	return leaves.map((leaf) => leaf.text).join("\n");
}
