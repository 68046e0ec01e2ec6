import { browser } from "wxt/browser";
import type { Envelope, Replies, Reply, RequestPayload, RequestType } from "./protocol";

export class MessageError extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
		this.name = "MessageError";
	}
}

/**
 * Send a typed request to the background and unwrap its reply; throws MessageError on a refused
 * or failed request. For content scripts and extension pages alike.
 */
export async function sendMessage<T extends RequestType>(
	type: T,
	payload: RequestPayload<T>,
): Promise<Replies[T]> {
	const envelope: Envelope<T> = { tierline: 1, type, payload };
	const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
	if (!reply) throw new MessageError("failed", "No answer from the background worker");
	if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
	return reply.data;
}
