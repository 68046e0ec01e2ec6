import "../../i18n/in-page-areas";
import { defineContentScript } from "wxt/utils/define-content-script";
import { gmailFeatures } from "../../features/gmail";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { startRuntime } from "../../runtime/start-runtime";

/** Gmail: badges beside senders, one-click capture, and the page's data for the side panel. */
export default defineContentScript({
	matches: ["https://mail.google.com/*"],
	runAt: "document_idle",
	main(ctx) {
		// The member's language setting (else the browser's); badges drawn before it loads use the latter.
		void loadLanguageSetting().catch(() => undefined);
		startRuntime(ctx, gmailFeatures);
	},
});
