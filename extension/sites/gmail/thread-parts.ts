/**
 * The parts of an opened thread that do not depend on one element being there: the messages
 * (their containers, else each sender header's own block), the subject (the heading, else the
 * document title) and where the thread's capture button goes. Gmail changes its structure
 * without notice; one missing element must not blind us.
 */
import { closest, findAll, findFirst, matches } from "./selectors";

/** The message elements under root: Gmail's containers, else one block per sender header. */
export function messageElements(root: ParentNode): Element[] {
	const containers = findAll(root, "message");
	if (containers.length > 0) return containers;
	return blocksOfSenders(findAll(root, "sender"));
}

/** Each sender's widest ancestor that holds no other sender: its message, however it is marked. */
function blocksOfSenders(senders: Element[]): Element[] {
	const blocks: Element[] = [];
	for (const sender of senders) {
		let block = sender;
		for (let up = sender.parentElement; up; up = up.parentElement) {
			if (senders.some((other) => other !== sender && up.contains(other))) break;
			if (up.matches('[role="main"], body')) break;
			block = up;
		}
		if (!blocks.includes(block)) blocks.push(block);
	}
	return blocks;
}

/** The message an element sits in (container, else the sender block around it). */
export function messageAround(element: Element): Element | null {
	const container = closest(element, "message");
	if (container) return container;
	const doc = element.ownerDocument;
	if (findFirst(doc, "message")) return null;
	const scope = findFirst(doc, "main") ?? doc;
	return messageElements(scope).find((block) => block.contains(element) || element.contains(block)) ?? null;
}

/**
 * The subject from the document title when the heading is missing: Gmail titles a thread
 * "Subject - account@example.com - Gmail" (Workspace: "… - Company Mail"; before 2017
 * "Gmail - Subject - account@example.com"), the same in every interface language.
 */
export function subjectFromTitle(title: string): string | undefined {
	const parts = title.split(" - ");
	const account = parts.findIndex((part) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(part.trim()));
	if (account <= 0) return undefined;
	const before = parts.slice(0, account);
	if (account === parts.length - 1 && before[0]?.trim() === "Gmail") before.shift();
	const subject = before.join(" - ").trim();
	return subject === "" ? undefined : subject;
}

/**
 * Where the thread's capture button goes: the subject heading, else the first message's header
 * (its header row, else the sender's line), else the first message.
 */
export function threadAnchor(heading: Element | null, messages: readonly Element[]): Element | undefined {
	if (heading) return heading;
	const first = messages[0];
	if (!first) return undefined;
	const header = findFirst(first, "messageHeader");
	if (header && header.tagName !== "TABLE") return header;
	const line = findFirst(first, "sender")?.parentElement;
	return line && !matches(line, "message") ? line : first;
}
