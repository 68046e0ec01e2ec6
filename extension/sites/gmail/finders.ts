/**
 * Finders for the runtime's observer: the elements of interest inside an added subtree, or the
 * one an added node sits in (Gmail often re-renders a part of a row or a header).
 */
import { closest, findAll, findFirst, matches, type SelectorName } from "./selectors";
import { messageAround, messageElements, threadAnchor } from "./thread-parts";

function finder(name: SelectorName) {
	return (root: ParentNode): Element[] => {
		if (root.nodeType === 1) {
			const element = root as Element;
			if (matches(element, name)) return [element];
			const around = closest(element, name);
			if (around) return [around];
		}
		return findAll(root, name);
	};
}

const documentOf = (root: ParentNode): Document | null =>
	root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;

/** Thread-list rows (tr.zA) in or around root. */
export const findListRows = finder("listRow");

const findMessageContainers = finder("message");
/** Messages of an opened thread in or around root (without containers: each sender's block). */
export function findMessages(root: ParentNode): Element[] {
	const containers = findMessageContainers(root);
	if (containers.length > 0) return containers;
	if (root.nodeType === 1) {
		const around = messageAround(root as Element);
		if (around) return [around];
	}
	return messageElements(root);
}

const findSubjectHeadings = finder("subject");
/**
 * Where an opened thread's capture button goes, in or around root: its subject heading, else
 * (no heading anywhere, but messages in root) the first message's header.
 */
export function findThreadSubjects(root: ParentNode): Element[] {
	const headings = findSubjectHeadings(root);
	const doc = documentOf(root);
	if (headings.length > 0 || !doc || findFirst(doc, "subject")) return headings;
	if (findMessages(root).length === 0) return [];
	const anchor = threadAnchor(null, messageElements(findFirst(doc, "main") ?? doc));
	return anchor ? [anchor] : [];
}
