/**
 * An opened thread (full view or split pane): id, subject, messages and participants. Pure;
 * returns undefined when no thread is open, never throws.
 */
import type { PageThread } from "../../../shared/schema/page-capture";
import { legacyThreadId } from "./list-rows";
import { type MessageView, readMessage } from "./message";
import { threadIdFromUrl } from "./page-predicates";
import { findAll, findFirst } from "./selectors";
import { inlineText } from "./text";

export interface ThreadView {
	thread: PageThread;
	messages: MessageView[];
	/** The subject heading: the thread's capture button goes beside it. */
	subjectElement: Element;
	/** Messages Gmail keeps folded into "N older messages" (not in the page until opened). */
	hiddenCount: number;
}

export function readThreadView(doc: Document, url: string): ThreadView | undefined {
	try {
		const scope = findFirst(doc, "main") ?? doc;
		const subjectElement = findFirst(scope, "subject") ?? findFirst(doc, "subject");
		if (!subjectElement) return undefined;
		const container = threadContainer(subjectElement) ?? scope;
		const messages = findAll(container, "message").map((element, index) => readMessage(element, index));
		const id =
			legacyThreadId(subjectElement.getAttribute("data-legacy-thread-id")) ??
			legacyThreadId(subjectElement.getAttribute("data-thread-perm-id")) ??
			threadIdFromUrl(url) ??
			messages[0]?.message.id;
		if (!id) return undefined;
		const thread: PageThread = {
			kind: "email",
			id,
			subject: inlineText(subjectElement) || undefined,
			url,
			messages: messages.map((view) => view.message),
			participants: participants(messages),
		};
		return { thread, messages, subjectElement, hiddenCount: hiddenCount(container) };
	} catch {
		return undefined;
	}
}

/** The nearest ancestor of the subject that also holds messages (split pane: not the list). */
function threadContainer(subject: Element): Element | null {
	for (let node = subject.parentElement; node; node = node.parentElement) {
		if (findFirst(node, "message")) return node;
	}
	return null;
}

function participants(messages: MessageView[]): string[] {
	const emails = new Set<string>();
	for (const view of messages) {
		if (view.sender?.email) emails.add(view.sender.email);
		for (const p of view.recipients) if (p.email) emails.add(p.email);
	}
	return [...emails];
}

function hiddenCount(container: ParentNode): number {
	return findAll(container, "bundledMessages").reduce((sum, bundle) => {
		const count = /\d+/.exec(bundle.textContent ?? "");
		return sum + (count ? Number(count[0]) : 0);
	}, 0);
}
