/**
 * The part of a capture that needs no confirmation: every field listed in `unconfirmed` (read
 * from free text) is left out. One click saves this; the side panel, which shows the whole
 * page with the unconfirmed fields marked, is where the user adds them after checking.
 */
import type { PageCapture, PageContact, PageThread } from "../../../shared/schema/page-capture";
import type { CaptureSignals } from "../../../shared/schema/signals";

export function confirmedOnly(capture: PageCapture): PageCapture {
	const paths = new Set(capture.unconfirmed);
	if (paths.size === 0) return capture;
	const { thread, signals, ...rest } = capture;
	const keptThread = thread ? withoutThreadFields(thread, paths) : undefined;
	const keptSignals = signals ? withoutSignals(signals, paths) : undefined;
	return {
		...rest,
		contacts: capture.contacts.map((contact, index) => withoutContactFields(contact, index, paths)),
		...(keptThread ? { thread: keptThread } : {}),
		...(keptSignals ? { signals: keptSignals } : {}),
		unconfirmed: [],
	};
}

function withoutContactFields(contact: PageContact, index: number, paths: Set<string>): PageContact {
	const out: PageContact = { ...contact, masked: { ...contact.masked }, sources: { ...contact.sources } };
	for (const path of paths) {
		const prefix = `contacts.${index}.`;
		if (!path.startsWith(prefix)) continue;
		const field = path.slice(prefix.length);
		delete out.sources[field];
		if (field === "phones") out.phones = [];
		else if (field.startsWith("masked.")) delete out.masked[field.slice("masked.".length)];
		else delete (out as unknown as Record<string, unknown>)[field];
	}
	return out;
}

function withoutThreadFields(thread: PageThread, paths: Set<string>): PageThread {
	const out: PageThread = { ...thread };
	if (paths.has("thread.subject")) delete out.subject;
	if (paths.has("thread.product")) delete out.product;
	// A message whose body is unsure is left out whole; an unsure date is dropped from it.
	if (paths.has("thread.messages.0.body")) out.messages = [];
	else if (paths.has("thread.messages.0.date")) {
		out.messages = thread.messages.map((message, i) => {
			if (i !== 0) return message;
			const { date: _date, ...kept } = message;
			return kept;
		});
	}
	return out;
}

function withoutSignals(signals: CaptureSignals, paths: Set<string>): CaptureSignals | undefined {
	const out: CaptureSignals = {};
	for (const group of ["inquiry", "platform"] as const) {
		const values = signals[group];
		if (!values) continue;
		const kept = Object.fromEntries(
			Object.entries(values).filter(([key]) => !paths.has(`signals.${group}.${key}`)),
		);
		if (Object.keys(kept).length > 0) (out as Record<string, unknown>)[group] = kept;
	}
	return out.inquiry || out.platform ? out : undefined;
}
