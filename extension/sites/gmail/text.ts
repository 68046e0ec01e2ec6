/**
 * Text out of a DOM subtree the way a reader sees it (line breaks at <br> and block elements),
 * without layout: it runs on saved pages in Node as well as in the browser.
 */
const BLOCK = new Set([
	"ADDRESS",
	"ARTICLE",
	"BLOCKQUOTE",
	"DD",
	"DIV",
	"DL",
	"DT",
	"FOOTER",
	"FORM",
	"H1",
	"H2",
	"H3",
	"H4",
	"H5",
	"H6",
	"HEADER",
	"HR",
	"LI",
	"OL",
	"P",
	"PRE",
	"SECTION",
	"TABLE",
	"TR",
	"UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE"]);

/** Our own in-page UI carries this attribute; its text is never page data. */
export const OWN_UI_ATTRIBUTE = "data-tierline";

export interface TextOptions {
	/** Subtrees to leave out (e.g. quoted history when reading the reply). */
	exclude?: ReadonlySet<Element>;
}

export function blockText(root: Node, options: TextOptions = {}): string {
	const parts: string[] = [];
	walk(root, parts, options.exclude ?? new Set(), false);
	return tidy(parts.join(""));
}

/** One line of text: whitespace collapsed, trimmed. */
export function inlineText(node: Node | null | undefined): string {
	return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

function walk(node: Node, parts: string[], exclude: ReadonlySet<Element>, pre: boolean): void {
	if (node.nodeType === 3) {
		const value = node.nodeValue ?? "";
		parts.push(pre ? value : value.replace(/[ \t\r\n\f]+/g, " "));
		return;
	}
	if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
	const element = node.nodeType === 1 ? (node as Element) : null;
	if (element) {
		if (SKIP.has(element.tagName) || exclude.has(element) || element.hasAttribute(OWN_UI_ATTRIBUTE)) return;
		if (element.tagName === "BR") {
			parts.push("\n");
			return;
		}
	}
	const block = element !== null && BLOCK.has(element.tagName);
	if (block) parts.push("\n");
	const inPre = pre || element?.tagName === "PRE";
	for (let child = node.firstChild; child; child = child.nextSibling) walk(child, parts, exclude, inPre);
	if (block) parts.push("\n");
	else if (element?.tagName === "TD" || element?.tagName === "TH") parts.push(" ");
}

function tidy(text: string): string {
	return text
		.replace(/\u00a0/g, " ")
		.split("\n")
		.map((line) => line.replace(/[ \t]+/g, " ").trim())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}
