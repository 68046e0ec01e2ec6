/**
 * An opened thread (full view or split pane): id, subject, messages and participants. A view
 * with message headers in the main region is a thread even when the subject heading is missing
 * (the subject then comes from the document title). Pure; returns undefined when no thread is
 * open, never throws.
 */
import type { PageThread } from "../../../shared/schema/page-capture";
import { legacyThreadId } from "./list-rows";
import { type MessageView, readMessage } from "./message";
import { threadIdFromUrl } from "./page-predicates";
import { findAll, findFirst } from "./selectors";
import { inlineText } from "./text";
import { messageElements, subjectFromTitle, threadAnchor } from "./thread-parts";

export interface ThreadView {
	thread: PageThread;
	messages: MessageView[];
	/** Where the thread's capture button goes: the subject heading, else the first message's header. */
	subjectElement: Element;
	/** Messages Gmail keeps folded into "N older messages" (not in the page until opened). */
	hiddenCount: number;
}

export function readThreadView(doc: Document, url: string): ThreadView | undefined {
	try {
		const scope = findFirst(doc, "main") ?? doc;
		const heading = findFirst(scope, "subject") ?? findFirst(doc, "subject");
		const container = (heading && threadContainer(heading)) ?? scope;
		const elements = messageElements(container);
		const anchor = threadAnchor(heading, elements);
		if (!anchor) return undefined;
		const messages = elements.map((element, index) => readMessage(element, index));
		const id =
			legacyThreadId(heading?.getAttribute("data-legacy-thread-id")) ??
			legacyThreadId(heading?.getAttribute("data-thread-perm-id")) ??
			threadIdFromUrl(url) ??
			messages[0]?.message.id;
		if (!id) return undefined;
		const thread: PageThread = {
			kind: "email",
			id,
			subject: (heading ? inlineText(heading) : subjectFromTitle(doc.title ?? "")) || undefined,
			url,
			messages: messages.map((view) => view.message),
			participants: participants(messages),
		};
		return { thread, messages, subjectElement: anchor, hiddenCount: hiddenCount(container) };
	} catch {
		return undefined;
	}
}

/** The nearest ancestor of the subject that also holds messages (split pane: not the list). */
function threadContainer(subject: Element): Element | null {
	for (let node = subject.parentElement; node; node = node.parentElement) {
		if (messageElements(node).length > 0) return node;
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
