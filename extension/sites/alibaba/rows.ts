/**
 * List rows found by what they link to, not by class: a row is the largest element around an
 * RFQ or inquiry link (or an element carrying the row's id as an attribute, e.g. the older
 * inquiry list's `data-trade-id`) that holds no link to another RFQ or inquiry.
 */

export interface RowElement {
	key: string;
	element: Element;
}

const ID = /^[\w.-]{1,100}$/;

export function segmentRows(
	root: Document | Element,
	keyOf: (href: string) => string | null,
	idAttribute?: string,
): RowElement[] {
	const firstLinks = new Map<string, Element>();
	const allLinks: Array<{ key: string; link: Element }> = [];
	const add = (key: string | null, link: Element) => {
		if (key === null) return;
		allLinks.push({ key, link });
		if (!firstLinks.has(key)) firstLinks.set(key, link);
	};
	if (idAttribute) {
		for (const element of Array.from(root.querySelectorAll(`[${idAttribute}]`))) {
			const key = element.getAttribute(idAttribute)?.trim() ?? "";
			add(ID.test(key) ? key : null, element);
		}
	}
	for (const link of Array.from(root.querySelectorAll("a[href]")))
		add(keyOf(link.getAttribute("href") ?? ""), link);
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
