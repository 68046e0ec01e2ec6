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
	/** Read only what comes before this element (the reply above a history marker)… */
	until?: Element | null;
	/** …or only this element and what comes after it (the history itself). */
	from?: Element | null;
}

export function blockText(root: Node, options: TextOptions = {}): string {
	const out: Lines = { lines: [], current: "", on: !options.from, from: options.from, until: options.until };
	walk(root, out, options.exclude ?? new Set(), false);
	endLine(out, false);
	return tidy(out.lines.join("\n"));
}

/** One line of text: whitespace collapsed, trimmed. */
export function inlineText(node: Node | null | undefined): string {
	return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

interface Lines {
	lines: string[];
	current: string;
	/** Whether text is being kept (between `from` and `until`). */
	on: boolean;
	from?: Element | null;
	until?: Element | null;
}

/**
 * Like innerText: a block boundary ends a line that has text (so adjacent blocks give no blank
 * line), a <br> always ends one (so <div><br></div> is an empty line).
 */
function endLine(out: Lines, always: boolean): void {
	if (always || out.current.trim() !== "") out.lines.push(out.current);
	out.current = "";
}

function walk(node: Node, out: Lines, exclude: ReadonlySet<Element>, pre: boolean): void {
	if (node === out.until) out.on = false;
	const starts = node === out.from;
	if (starts) out.on = true;
	if (!out.on) {
		if (!starts)
			for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, exclude, pre);
		return;
	}
	if (node.nodeType === 3) {
		const value = node.nodeValue ?? "";
		if (!pre) {
			out.current += value.replace(/[ \t\r\n\f]+/g, " ");
			return;
		}
		const [first = "", ...rest] = value.split("\n");
		out.current += first;
		for (const line of rest) {
			endLine(out, true);
			out.current = line;
		}
		return;
	}
	if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
	const element = node.nodeType === 1 ? (node as Element) : null;
	if (element) {
		if (SKIP.has(element.tagName) || exclude.has(element) || element.hasAttribute(OWN_UI_ATTRIBUTE)) return;
		if (element.tagName === "BR") {
			endLine(out, true);
			return;
		}
	}
	const block = element !== null && BLOCK.has(element.tagName);
	if (block) endLine(out, false);
	const inPre = pre || element?.tagName === "PRE";
	for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, exclude, inPre);
	if (block) endLine(out, false);
	else if (element?.tagName === "TD" || element?.tagName === "TH") out.current += " ";
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
