/**
 * Tells the side panel what the Alibaba page shows (the inquiry or RFQ and its buyer, or the
 * list's rows), after it settles and again when it changes.
 */
import { defineFeature } from "../runtime/feature";
import { alibabaPageKind } from "../sites/alibaba";
import { onAlibabaPage } from "./alibaba-page-watch";

export default defineFeature({
	id: "alibaba-page-report",
	include: (url) => alibabaPageKind(url) !== null,
	init(signal, runtime) {
		let last = "";
		onAlibabaPage(runtime, signal, (page) => {
			const json = JSON.stringify(page.capture);
			if (json === last) return;
			last = json;
			void runtime.send("pageCaptured", { capture: page.capture });
		});
	},
});
