/**
 * Messaging for in-page code: never throws into the page. A failed or refused request gives
 * undefined (the feature shows nothing rather than break Gmail).
 */
import { browser } from "wxt/browser";
import { sendMessage } from "../messaging/client";
// Types only: the protocol's zod schemas stay out of the in-page bundle.
import type { CustomersChanged, Replies, RequestPayload, RequestType } from "../messaging/protocol";

export type SafeSend = <T extends RequestType>(
	type: T,
	payload: RequestPayload<T>,
) => Promise<Replies[T] | undefined>;

export const safeSend: SafeSend = async (type, payload) => {
	try {
		return await sendMessage(type, payload);
	} catch {
		return undefined;
	}
};

/** Listen for the background's customersChanged broadcast until the signal aborts. */
export function onCustomersChanged(listener: (message: CustomersChanged) => void, signal: AbortSignal): void {
	const handle = (message: unknown) => {
		if (isChange(message)) listener(message);
		return undefined;
	};
	try {
		browser.runtime.onMessage.addListener(handle);
		signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(handle), { once: true });
	} catch {
		// No extension context (the page outlived the extension): nothing to listen to.
	}
}

function isChange(message: unknown): message is CustomersChanged {
	const m = message as Partial<CustomersChanged> | null;
	return m?.tierline === 1 && m.type === "customersChanged" && Array.isArray(m.customerIds);
}
