/**
 * Finders for the runtime's observer: the elements of interest inside an added subtree, or the
 * one an added node sits in (Gmail often re-renders a part of a row or a header).
 */
import { closest, findAll, matches, type SelectorName } from "./selectors";

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

/** Thread-list rows (tr.zA) in or around root. */
export const findListRows = finder("listRow");
/** Messages of an opened thread in or around root. */
export const findMessages = finder("message");
/** Opened-thread subject headings in or around root. */
export const findThreadSubjects = finder("subject");
