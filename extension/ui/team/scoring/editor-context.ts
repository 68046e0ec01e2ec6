import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ScoringSettings } from "../../../../shared/scoring/settings";
import type { FieldErrors } from "./draft";

/** What every part of the scoring editor reads: the draft, its errors, and how to change it. */
export interface ScoringDraft {
	draft: ScoringSettings;
	errors: FieldErrors;
	readOnly: boolean;
	/** Sets the dotted settings path ("current.weights.revenue") to `value`. */
	set: (path: string, value: unknown) => void;
	/** Removes the key at the dotted path (a market or a currency, a dated rate). */
	remove: (path: string) => void;
}

export const Draft = createContext<ScoringDraft | null>(null);

export function useDraft(): ScoringDraft {
	const context = useContext(Draft);
	if (!context) throw new Error("useDraft outside the scoring editor");
	return context;
}
