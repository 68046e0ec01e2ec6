import type { ThreadInput } from "../../shared/schema/capture";
import type { CaptureSource } from "../../shared/schema/common";

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
	// A platform reply is known without its words (an empty body): the summary is the last words seen.
	const worded = thread.messages.findLast((m) => m.body.trim() !== "");
	const body = worded?.body.trim().replace(/\s+/g, " ");
	return {
		kind: thread.kind,
		direction: last?.direction ?? null,
		subject: thread.subject ?? null,
		summary: thread.product ?? (body ? body.slice(0, SUMMARY_CHARS) : null),
		data: JSON.stringify({ url: thread.url, product: thread.product, messages: thread.messages }),
		occurredAt: thread.occurredAt ? new Date(thread.occurredAt).toISOString() : (newest ?? now),
	};
}

/**
 * The customer's "waiting for our reply" after this thread was captured for it (JSON, or null): the
 * newest thread decides — ending with the buyer's message, they wait since it was sent; ending with
 * ours, nobody waits. An older thread captured later changes nothing.
 */
export function awaitingReplyAfter(
	stored: string | null,
	lastInteractionAt: string | null,
	interaction: Pick<InteractionFields, "direction" | "occurredAt">,
	source: CaptureSource,
): string | null {
	if (lastInteractionAt !== null && interaction.occurredAt < lastInteractionAt) return stored;
	if (interaction.direction !== "inbound") return null;
	return JSON.stringify({ since: interaction.occurredAt, source });
}
