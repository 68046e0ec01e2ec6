/** A save button's state: "idle", then "saving" while the save runs (further clicks ignored), then its outcome. */
import { useState } from "preact/hooks";

export type SaveState<O extends string> = "idle" | "saving" | O;

export function useSave<O extends string>(
	save: () => Promise<O>,
): [SaveState<O>, (event: Event) => Promise<void>] {
	const [state, setState] = useState<SaveState<O>>("idle");
	const click = async (event: Event) => {
		event.preventDefault();
		if (state === "saving") return;
		setState("saving");
		setState(await save());
	};
	return [state, click];
}
