import "../../i18n/in-page-areas";
import { defineContentScript } from "wxt/utils/define-content-script";
import { alibabaFeatures } from "../../features/alibaba";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { startRuntime } from "../../runtime/start-runtime";
import { ALIBABA_MATCHES, alibabaPageState } from "../../sites/alibaba";

/** Alibaba.com seller pages: buyer badges, one-click capture, and the page's data for the side panel. */
export default defineContentScript({
	matches: ALIBABA_MATCHES,
	runAt: "document_idle",
	allFrames: true,
	main(ctx) {
		alibabaPageState.start(window, ctx.signal);
		void loadLanguageSetting().catch(() => undefined);
		startRuntime(ctx, alibabaFeatures);
	},
});
