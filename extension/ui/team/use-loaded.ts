import { useCallback, useEffect, useState } from "preact/hooks";
import { describeFailure } from "../../sync/api-error";

export type Loaded<T> =
	| { kind: "loading" }
	| { kind: "ready"; value: T }
	| { kind: "failed"; detail: string };

/** Loads once and on `reload()`; a failure keeps its explanation for the user. */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]) {
	const [state, setState] = useState<Loaded<T>>({ kind: "loading" });
	const reload = useCallback(async () => {
		try {
			setState({ kind: "ready", value: await load() });
		} catch (error) {
			setState({ kind: "failed", detail: describeFailure(error) });
		}
	}, deps);
	useEffect(() => {
		void reload();
	}, [reload]);
	return { state, reload };
}
