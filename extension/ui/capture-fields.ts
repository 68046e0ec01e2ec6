import { type ContactDraft, DRAFT_FIELDS } from "../../shared/capture/capture-request";

/** Always in view, even empty: what a capture by hand starts from. */
const ALWAYS_SHOWN: ReadonlyArray<keyof ContactDraft> = ["name", "email", "company"];

export interface CaptureFieldGroups {
	/** Fields with a value, to confirm, or always shown; in form order. */
	shown: Array<keyof ContactDraft>;
	/** Empty optional fields, behind "More fields". */
	more: Array<keyof ContactDraft>;
}

/**
 * Splits the form's fields so a capture shows what the page gave first. Decided once from the
 * draft the form opened with: a field does not jump between groups while someone types in it.
 */
export function groupCaptureFields(
	draft: ContactDraft,
	unconfirmed: ReadonlyArray<keyof ContactDraft> = [],
): CaptureFieldGroups {
	const shown: Array<keyof ContactDraft> = [];
	const more: Array<keyof ContactDraft> = [];
	for (const field of DRAFT_FIELDS) {
		const visible = ALWAYS_SHOWN.includes(field) || unconfirmed.includes(field) || draft[field].trim() !== "";
		(visible ? shown : more).push(field);
	}
	return { shown, more };
}
