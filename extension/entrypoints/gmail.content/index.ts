import { defineContentScript } from "wxt/utils/define-content-script";
import { gmailFeatures } from "../../features";
import { startRuntime } from "../../runtime/start-runtime";

/** Gmail: badges beside senders, one-click capture, and the page's data for the side panel. */
export default defineContentScript({
	matches: ["https://mail.google.com/*"],
	runAt: "document_idle",
	main(ctx) {
		startRuntime(ctx, gmailFeatures);
	},
});
