/**
 * Thread-list rows (inbox, any label, search, sent, all mail): who sent it, which thread, the
 * subject, unread, and where a badge may go. Pure: DOM in, data out, never throws.
 */
import type { PageListRow } from "../../../shared/schema/page-capture";
import { parseGmailDate } from "./gmail-date";
import { findAll, findFirst } from "./selectors";
import { inlineText } from "./text";
import { matchRowsToViewData, readViewData, viewDataKey } from "./view-data";

export interface RowPerson {
	name?: string;
	email?: string;
	/** The span showing the person: badges go right after it. */
	element: Element;
}

export interface ListRowView {
	/** The row's first `tr` (the one with the senders). */
	element: Element;
	people: RowPerson[];
	data: PageListRow;
	/** The date cell's full title, as shown (used to match embedded 2014 data). */
	dateTitle: string;
}

/** Every thread in the list under root, in display order, with ids from embedded data if needed. */
export function readListRows(root: ParentNode): ListRowView[] {
	try {
		const views = groupRows(findAll(root, "listRow")).flatMap((group) => {
			const view = readRowGroup(group);
			return view ? [view] : [];
		});
		fillIdsFromViewData(root, views);
		return views;
	} catch {
		return [];
	}
}

export function extractListRows(root: ParentNode): PageListRow[] {
	return readListRows(root).map((view) => view.data);
}

/** One row as the observer finds it; continuation rows of the vertical preview pane give undefined. */
export function readListRow(row: Element): ListRowView | undefined {
	try {
		const group = [row];
		for (let next = row.nextElementSibling; next && isContinuation(next); next = next.nextElementSibling) {
			group.push(next);
		}
		return readRowGroup(group);
	} catch {
		return undefined;
	}
}

/** Decimal "#thread-f:1638756560099919527" → legacy hex "16bdf1b1d6a1c4a7"; hex stays hex. */
export function legacyThreadId(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	const id = value.replace(/^#?(?:thread-[af]:)/, "").trim();
	if (/^\d{15,20}$/.test(id) && value.includes("thread-")) {
		try {
			return BigInt(id).toString(16);
		} catch {
			return undefined;
		}
	}
	return /^[0-9a-f]{12,16}$/i.test(id) ? id.toLowerCase() : undefined;
}

function groupRows(rows: Element[]): Element[][] {
	const groups: Element[][] = [];
	for (const row of rows) {
		const last = groups[groups.length - 1];
		if (last && isContinuation(row)) last.push(row);
		else groups.push([row]);
	}
	return groups;
}

/** Vertical preview pane threads span 2–3 rows; only the first holds the senders. */
function isContinuation(row: Element): boolean {
	return (
		row.classList.contains("apv") && row.classList.contains("zA") && findFirst(row, "rowSenders") === null
	);
}

function readRowGroup(group: Element[]): ListRowView | undefined {
	const [first] = group;
	if (!first) return undefined;
	const senderCell = findFirst(first, "rowSenders");
	if (!senderCell) return undefined;
	const people = readPeople(senderCell);
	const subject = firstText(group, "rowSubject");
	const dateCell = group.map((row) => findFirst(row, "rowDate")).find((cell) => cell !== null);
	const dateTitle = dateCell?.getAttribute("title") ?? "";
	const idCarrier = group.map((row) => findFirst(row, "rowThreadId")).find((el) => el !== null);
	const threadId =
		legacyThreadId(idCarrier?.getAttribute("data-legacy-thread-id")) ??
		legacyThreadId(idCarrier?.getAttribute("data-thread-id"));
	const data: PageListRow = {
		senders: people.map(({ name, email }) => ({ name, email })),
		threadId,
		subject: subject || undefined,
		unread: first.classList.contains("zE") ? true : first.classList.contains("yO") ? false : undefined,
		date: parseGmailDate(dateTitle),
	};
	return { element: first, people, data, dateTitle };
}

function readPeople(cell: Element): RowPerson[] {
	const people: RowPerson[] = [];
	const seen = new Set<string>();
	for (const span of findAll(cell, "rowPeople")) {
		const email = span.getAttribute("email")?.trim().toLowerCase() || undefined;
		const name = span.getAttribute("name")?.trim() || inlineText(span) || undefined;
		const key = email ?? `name:${name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		people.push({ name, email, element: span });
	}
	return people;
}

function firstText(group: Element[], name: "rowSubject"): string {
	for (const row of group) {
		const found = findFirst(row, name);
		if (found) return inlineText(found);
	}
	return "";
}

function fillIdsFromViewData(root: ParentNode, views: ListRowView[]): void {
	if (views.every((view) => view.data.threadId)) return;
	const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
	const threads = doc ? readViewData(doc) : [];
	if (threads.length === 0) return;
	const keys = views.map((view) =>
		viewDataKey(
			view.data.subject ?? "",
			view.dateTitle,
			view.people.flatMap((p) => (p.email ? [p.email] : [])),
		),
	);
	const ids = matchRowsToViewData(keys, threads);
	views.forEach((view, index) => {
		view.data.threadId ??= ids[index];
	});
}
