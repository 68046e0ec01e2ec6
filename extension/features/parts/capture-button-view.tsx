/** The thread header's capture button: idle, saving, saved, failed. */
import { useState } from "preact/hooks";
import { t } from "../../i18n";

type State = "idle" | "saving" | "saved" | "failed";

const COLOURS: Record<State, string> = {
	idle: "#1a5fb4",
	saving: "#5f6670",
	saved: "#26803a",
	failed: "#b3261e",
};

export function CaptureButton(props: { label: string; title: () => string; onSave: () => Promise<boolean> }) {
	const [state, setState] = useState<State>("idle");
	const [title, setTitle] = useState("");
	const click = async (event: Event) => {
		event.preventDefault();
		if (state === "saving") return;
		setState("saving");
		setState((await props.onSave()) ? "saved" : "failed");
	};
	const text =
		state === "saving"
			? t("gmail.capture.saving")
			: state === "saved"
				? t("gmail.capture.saved")
				: state === "failed"
					? t("gmail.capture.failed")
					: props.label;
	return (
		<button
			type="button"
			class="tierline-capture-thread"
			data-state={state}
			title={title}
			onMouseEnter={() => setTitle(props.title())}
			onClick={click}
			disabled={state === "saving"}
			style={{
				all: "initial",
				display: "inline-block",
				marginLeft: "8px",
				padding: "2px 10px",
				borderRadius: "12px",
				border: `1px solid ${COLOURS[state]}`,
				color: state === "idle" ? "#fff" : COLOURS[state],
				background: state === "idle" ? COLOURS.idle : "transparent",
				font: "600 12px/18px system-ui, sans-serif",
				verticalAlign: "middle",
				cursor: state === "saving" ? "progress" : "pointer",
				whiteSpace: "nowrap",
			}}
		>
			{text}
		</button>
	);
}
