/** A small "+" that saves an unknown sender as a lead, with saving / failed states. */
import { t } from "../../i18n";
import { useSave } from "./use-save";

export function CaptureAffordance({ label, onSave }: { label: string; onSave: () => Promise<boolean> }) {
	const [state, click] = useSave(async () => ((await onSave()) ? "idle" : "failed"));
	const title =
		state === "saving" ? t("gmail.capture.saving") : state === "failed" ? t("gmail.capture.failed") : label;
	return (
		<button
			type="button"
			class="tierline-capture-sender"
			title={title}
			aria-label={title}
			onClick={click}
			disabled={state === "saving"}
			style={{
				all: "initial",
				display: "inline-block",
				boxSizing: "border-box",
				width: "16px",
				height: "16px",
				borderRadius: "8px",
				border: `1px dashed ${state === "failed" ? "#b3261e" : "#5f6670"}`,
				color: state === "failed" ? "#b3261e" : "#5f6670",
				font: "600 12px/14px system-ui, sans-serif",
				textAlign: "center",
				cursor: state === "saving" ? "progress" : "pointer",
			}}
		>
			{state === "failed" ? "!" : "+"}
		</button>
	);
}
