/**
 * List rows found by what they link to, not by class: a row is the largest element around an
 * RFQ or inquiry link that holds no link to another RFQ or inquiry.
 */

export interface RowElement {
	key: string;
	element: Element;
}

export function segmentRows(root: Document | Element, keyOf: (href: string) => string | null): RowElement[] {
	const firstLinks = new Map<string, Element>();
	const allLinks: Array<{ key: string; link: Element }> = [];
	for (const link of Array.from(root.querySelectorAll("a[href]"))) {
		const key = keyOf(link.getAttribute("href") ?? "");
		if (key === null) continue;
		allLinks.push({ key, link });
		if (!firstLinks.has(key)) firstLinks.set(key, link);
	}
	const body = "body" in root ? root.body : root;
	return [...firstLinks].map(([key, link]) => ({ key, element: rowAround(link, key, allLinks, body) }));
}

function rowAround(
	link: Element,
	key: string,
	allLinks: Array<{ key: string; link: Element }>,
	stop: Element | null,
): Element {
	let row = link;
	for (let parent = link.parentElement; parent !== null && parent !== stop; parent = parent.parentElement) {
		if (allLinks.some((other) => other.key !== key && parent.contains(other.link))) break;
		row = parent;
	}
	return row;
}
