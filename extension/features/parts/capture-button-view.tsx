/**
 * A site's capture button: a pill that shows "idle", "saving" and then the save's outcome, each
 * with its own colour and text. Site-neutral: each site passes its look (class, colours, texts).
 */
import type { CSSProperties } from "preact";
import { useState } from "preact/hooks";
import { type SaveState, useSave } from "./use-save";

export interface CaptureButtonLook<O extends string> {
	className: string;
	colours: Record<SaveState<O>, string>;
	text: (state: SaveState<O>) => string;
	/** A fixed tooltip for some states; the others show the hover hint. */
	title?: (state: SaveState<O>) => string | undefined;
	/** Placement beside the anchor (margin, alignment). */
	place: CSSProperties;
}

export function CaptureButton<O extends string>(props: {
	look: CaptureButtonLook<O>;
	hint: () => string;
	save: () => Promise<O>;
}) {
	const { look } = props;
	const [state, click] = useSave(props.save);
	const [hint, setHint] = useState("");
	return (
		<button
			type="button"
			class={look.className}
			data-state={state}
			title={look.title?.(state) ?? hint}
			onMouseEnter={() => setHint(props.hint())}
			onClick={click}
			disabled={state === "saving"}
			style={{
				all: "initial",
				display: "inline-block",
				...look.place,
				padding: "2px 10px",
				borderRadius: "12px",
				border: `1px solid ${look.colours[state]}`,
				color: state === "idle" ? "#fff" : look.colours[state],
				background: state === "idle" ? look.colours.idle : "transparent",
				font: "600 12px/18px system-ui, sans-serif",
				cursor: state === "saving" ? "progress" : "pointer",
				whiteSpace: "nowrap",
			}}
		>
			{look.text(state)}
		</button>
	);
}
