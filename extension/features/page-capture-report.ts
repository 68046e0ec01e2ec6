/**
 * Tells the side panel what is on screen: the current PageCapture, after the thread or list has
 * rendered and again when it changes (coalesced, and only when the content changed).
 */
import { defineFeature } from "../runtime/feature";
import { extractGmailPage, findListRows, findMessages, findThreadSubjects, isMailView } from "../sites/gmail";

const SETTLE_MS = 300;

export default defineFeature({
	id: "page-capture-report",
	include: (url) => isMailView(url),
	init(signal, runtime) {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let last = "";
		const report = () => {
			timer = undefined;
			if (signal.aborted) return;
			const capture = extractGmailPage(runtime.doc, { url: runtime.url() });
			const json = JSON.stringify(capture);
			if (json === last) return;
			last = json;
			void runtime.send("pageCaptured", { capture });
		};
		const schedule = () => {
			if (timer === undefined && !signal.aborted) timer = setTimeout(report, SETTLE_MS);
		};
		signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
		runtime.observer.watch(findThreadSubjects, schedule, signal);
		runtime.observer.watch(findMessages, schedule, signal);
		runtime.observer.watch(findListRows, schedule, signal);
		schedule();
	},
});
