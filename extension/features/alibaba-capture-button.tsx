/**
 * "Save buyer to Tierline" beside the buyer's name on an inquiry, RFQ or chat page: the buyer,
 * the conversation and the inquiry's quality in one click (or via the side panel when some
 * details need the user's confirmation).
 */
import { render } from "preact";
import type { PageCapture } from "../../shared/schema/page-capture";
import { type MessageKey, t } from "../i18n";
import { attachOnce } from "../runtime/attach-once";
import { defineFeature, type Runtime } from "../runtime/feature";
import { BUTTON_SIZE } from "../runtime/shadow-host";
import { alibabaPageKind } from "../sites/alibaba";
import { type CaptureOutcome, captureBuyer } from "./alibaba-capture";
import { currentAlibabaPage, onAlibabaPage } from "./alibaba-page-watch";
import { CaptureButton, type CaptureButtonLook } from "./parts/capture-button-view";
import { shieldFromPage } from "./parts/shield-from-page";
import type { SaveState } from "./parts/use-save";

export const ALIBABA_CAPTURE_KEY = "alibaba-capture";

const TEXTS: Record<SaveState<CaptureOutcome>, MessageKey> = {
	idle: "alibaba.capture.button",
	saving: "alibaba.capture.saving",
	saved: "alibaba.capture.saved",
	partly: "alibaba.capture.saved",
	review: "alibaba.capture.review",
	failed: "alibaba.capture.failed",
};

const LOOK: CaptureButtonLook<CaptureOutcome> = {
	className: "tierline-alibaba-capture",
	colours: {
		idle: "#ff6a00",
		saving: "#5f6670",
		saved: "#26803a",
		partly: "#26803a",
		review: "#1a5fb4",
		failed: "#b3261e",
	},
	text: (state) => t(TEXTS[state]),
	title: (state) =>
		state === "review"
			? t("alibaba.capture.reviewTitle")
			: state === "partly"
				? t("alibaba.capture.partlyTitle")
				: undefined,
	place: { marginLeft: "6px" },
};

function currentCapture(runtime: Runtime): PageCapture | null {
	return currentAlibabaPage(runtime)?.capture ?? null;
}

export default defineFeature({
	id: "alibaba-capture-button",
	include: (url) =>
		["inquiry-detail", "rfq-detail", "rfq-quote", "chat"].includes(alibabaPageKind(url) ?? ""),
	init(signal, runtime) {
		onAlibabaPage(runtime, signal, (page) => {
			const anchor = page.buyerNameElement;
			if (anchor === null || !anchor.isConnected) return;
			const { host, root, created } = attachOnce(
				anchor,
				ALIBABA_CAPTURE_KEY,
				"after",
				runtime.hosts,
				BUTTON_SIZE,
			);
			if (!created) return;
			shieldFromPage(host);
			render(
				<CaptureButton
					look={LOOK}
					save={async () => {
						const capture = currentCapture(runtime);
						return capture ? captureBuyer(runtime, capture) : "failed";
					}}
					hint={() => {
						const name = currentCapture(runtime)?.contacts[0]?.name;
						return name ? t("alibaba.capture.title", { name }) : t("alibaba.capture.noBuyer");
					}}
				/>,
				root,
			);
		});
	},
});
