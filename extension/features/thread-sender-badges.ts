/** Tier badges (or a "+" to save) beside each sender in an opened thread's message headers. */
import { defineFeature } from "../runtime/feature";
import { findMessages, isMailView, readMessage, readOwnAccount } from "../sites/gmail";
import { drawSenderMark } from "./parts/sender-mark";

export default defineFeature({
	id: "thread-sender-badges",
	include: (url) => isMailView(url),
	init(signal, runtime) {
		const own = readOwnAccount(runtime.doc);
		const drawMessage = (element: Element) => {
			const view = readMessage(element, 0);
			if (view.senderElement && view.sender?.email) {
				drawSenderMark(
					view.senderElement,
					{ name: view.sender.name, email: view.sender.email },
					runtime,
					own,
					signal,
					{ bulk: view.bulk },
				);
			}
		};
		runtime.observer.watch(findMessages, drawMessage, signal);
		runtime.lookups.onChange(() => {
			for (const message of runtime.observer.rescan(findMessages)) drawMessage(message);
		}, signal);
	},
});
