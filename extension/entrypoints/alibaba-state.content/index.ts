import { defineContentScript } from "wxt/utils/define-content-script";
// Direct imports keep this main-world bundle to the state picker alone.
import { ALIBABA_MATCHES } from "../../sites/alibaba/matches";
import { installStateReporter } from "../../sites/alibaba/state-reporter";

/**
 * Runs in the page's main world, where Alibaba's page state (window.feedbackListResponse,
 * PAGE_DATA, OneTalk's cache) lives, and passes only the fields Tierline needs to alibaba.content
 * by window.postMessage. From document_start, so the answers of the page's own first requests
 * (the inquiry detail's buyer details) are seen; in every frame, since these views are framed.
 */
export default defineContentScript({
	matches: ALIBABA_MATCHES,
	world: "MAIN",
	runAt: "document_start",
	allFrames: true,
	main() {
		installStateReporter(window);
	},
});
