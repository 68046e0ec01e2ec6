/**
 * "Save buyer to Tierline" beside the buyer's name on an inquiry, RFQ or chat page: the buyer,
 * the conversation and the inquiry's quality in one click (or via the side panel when some
 * details need the user's confirmation).
 */
import { render } from "preact";
import { useState } from "preact/hooks";
import type { PageCapture } from "../../shared/schema/page-capture";
import { t } from "../i18n";
import { attachOnce } from "../runtime/attach-once";
import { defineFeature, type Runtime } from "../runtime/feature";
import { alibabaPageKind } from "../sites/alibaba";
import { type CaptureOutcome, captureBuyer } from "./alibaba-capture";
import { currentAlibabaPage, onAlibabaPage } from "./alibaba-page-watch";
import { shieldFromPage } from "./parts/shield-from-page";

export const ALIBABA_CAPTURE_KEY = "alibaba-capture";

type State = "idle" | "saving" | CaptureOutcome;

const COLOURS: Record<State, string> = {
	idle: "#ff6a00",
	saving: "#5f6670",
	saved: "#26803a",
	partly: "#26803a",
	review: "#1a5fb4",
	failed: "#b3261e",
};

const LABELS: Record<State, () => string> = {
	idle: () => t("alibaba.capture.button"),
	saving: () => t("alibaba.capture.saving"),
	saved: () => t("alibaba.capture.saved"),
	partly: () => t("alibaba.capture.saved"),
	review: () => t("alibaba.capture.review"),
	failed: () => t("alibaba.capture.failed"),
};

function CaptureBuyerButton({ save, title }: { save: () => Promise<CaptureOutcome>; title: () => string }) {
	const [state, setState] = useState<State>("idle");
	const [hint, setHint] = useState("");
	const click = async (event: Event) => {
		event.preventDefault();
		if (state === "saving") return;
		setState("saving");
		setState(await save());
	};
	return (
		<button
			type="button"
			class="tierline-alibaba-capture"
			data-state={state}
			title={
				state === "review"
					? t("alibaba.capture.reviewTitle")
					: state === "partly"
						? t("alibaba.capture.partlyTitle")
						: hint
			}
			onMouseEnter={() => setHint(title())}
			onClick={click}
			disabled={state === "saving"}
			style={{
				all: "initial",
				display: "inline-block",
				marginLeft: "6px",
				padding: "2px 10px",
				borderRadius: "12px",
				border: `1px solid ${COLOURS[state]}`,
				color: state === "idle" ? "#fff" : COLOURS[state],
				background: state === "idle" ? COLOURS.idle : "transparent",
				font: "600 12px/18px system-ui, sans-serif",
				cursor: state === "saving" ? "progress" : "pointer",
				whiteSpace: "nowrap",
			}}
		>
			{LABELS[state]()}
		</button>
	);
}

function currentCapture(runtime: Runtime): PageCapture | null {
	return currentAlibabaPage(runtime)?.capture ?? null;
}

export default defineFeature({
	id: "alibaba-capture-button",
	include: (url) => ["inquiry-detail", "rfq-detail", "chat"].includes(alibabaPageKind(url) ?? ""),
	init(signal, runtime) {
		onAlibabaPage(runtime, signal, (page) => {
			const anchor = page.buyerNameElement;
			if (anchor === null || !anchor.isConnected) return;
			const { host, root, created } = attachOnce(anchor, ALIBABA_CAPTURE_KEY, "after", runtime.hosts);
			if (!created) return;
			shieldFromPage(host);
			render(
				<CaptureBuyerButton
					save={async () => {
						const capture = currentCapture(runtime);
						return capture ? captureBuyer(runtime, capture) : "failed";
					}}
					title={() => {
						const name = currentCapture(runtime)?.contacts[0]?.name;
						return name ? t("alibaba.capture.title", { name }) : t("alibaba.capture.noBuyer");
					}}
				/>,
				root,
			);
		});
	},
});
