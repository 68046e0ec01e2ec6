/** Tier badges (or a "+" to save) beside each sender in thread-list rows, on any list view. */
import { defineFeature } from "../runtime/feature";
import { findListRows, isMailView, readListRow, readOwnAccount } from "../sites/gmail";
import { drawSenderMark } from "./parts/sender-mark";

export default defineFeature({
	id: "list-sender-badges",
	include: (url) => isMailView(url),
	init(signal, runtime) {
		const own = readOwnAccount(runtime.doc);
		const drawRow = (row: Element) => {
			for (const person of readListRow(row)?.people ?? []) {
				if (person.email)
					drawSenderMark(person.element, { name: person.name, email: person.email }, runtime, own, signal);
			}
		};
		runtime.observer.watch(findListRows, drawRow, signal);
		runtime.lookups.onChange(() => {
			for (const row of runtime.observer.rescan(findListRows)) drawRow(row);
		}, signal);
	},
});
