import { defineContentScript } from "wxt/utils/define-content-script";
// Direct imports keep this main-world bundle to the state picker alone.
import { ALIBABA_MATCHES } from "../../sites/alibaba/matches";
import { installStateReporter } from "../../sites/alibaba/state-reporter";

/**
 * Runs in the page's main world, where Alibaba's embedded state (window.PAGE_DATA …) lives, and
 * passes only the fields Tierline needs to alibaba.content by window.postMessage.
 */
export default defineContentScript({
	matches: ALIBABA_MATCHES,
	world: "MAIN",
	runAt: "document_idle",
	main() {
		installStateReporter(window);
	},
});
