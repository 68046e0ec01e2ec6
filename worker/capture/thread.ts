import type { ThreadInput } from "../../shared/schema/capture";

const SUMMARY_CHARS = 280;

export interface InteractionFields {
	kind: string;
	direction: "inbound" | "outbound" | null;
	subject: string | null;
	summary: string | null;
	data: string;
	occurredAt: string;
}

/** What an interaction row stores of a captured thread; the time is the thread's, else its newest message's. */
export function interactionFields(thread: ThreadInput, now: string): InteractionFields {
	const dated = thread.messages.filter((m) => m.date !== undefined).map((m) => new Date(m.date as string));
	const newest =
		dated.length > 0 ? new Date(Math.max(...dated.map((d) => d.getTime()))).toISOString() : undefined;
	const last = thread.messages[thread.messages.length - 1];
	const body = last?.body.trim().replace(/\s+/g, " ");
	return {
		kind: thread.kind,
		direction: last?.direction ?? null,
		subject: thread.subject ?? null,
		summary: thread.product ?? (body ? body.slice(0, SUMMARY_CHARS) : null),
		data: JSON.stringify({ url: thread.url, product: thread.product, messages: thread.messages }),
		occurredAt: thread.occurredAt ? new Date(thread.occurredAt).toISOString() : (newest ?? now),
	};
}
