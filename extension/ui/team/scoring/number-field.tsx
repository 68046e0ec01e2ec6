import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { getAt } from "./draft";
import { useDraft } from "./editor-context";

/** The text typed means this number; "" and junk are NaN, which the schema calls "not a number". */
function numberOf(text: string): number {
	const trimmed = text.trim().replace(/,/g, "");
	return trimmed === "" ? Number.NaN : Number(trimmed);
}

/**
 * A number in the draft, by dotted path, with its label, help and the error of that path. Keeps the
 * text as typed ("0." on the way to "0.5") and shows the draft's number when it changes elsewhere.
 */
export function NumberField(props: {
	path: string;
	label: string;
	help?: string;
	unit?: string;
	/** Beside the input, e.g. a remove button. */
	children?: ComponentChildren;
}) {
	const { draft, errors, readOnly, set } = useDraft();
	const value = getAt(draft, props.path) as number;
	const [text, setText] = useState(Number.isNaN(value) ? "" : String(value));
	useEffect(() => {
		if (!Object.is(numberOf(text), value)) setText(Number.isNaN(value) ? "" : String(value));
	}, [value]);
	const error = errors[props.path];
	const id = `scoring-${props.path.replace(/\./g, "-")}`;
	return (
		<label class="field scoring-field" for={id}>
			<span>{props.label}</span>
			<span class="scoring-input">
				<input
					id={id}
					name={props.path}
					inputMode="decimal"
					value={text}
					disabled={readOnly}
					aria-invalid={error ? "true" : undefined}
					aria-describedby={error ? `${id}-error` : undefined}
					onInput={(event) => {
						setText(event.currentTarget.value);
						set(props.path, numberOf(event.currentTarget.value));
					}}
				/>
				{props.unit && <span class="muted">{props.unit}</span>}
				{props.children}
			</span>
			{props.help && <small class="muted">{props.help}</small>}
			{error && (
				<small class="error" id={`${id}-error`} data-testid="field-error" data-path={props.path}>
					{error}
				</small>
			)}
		</label>
	);
}

/** A group's own error (e.g. "at least one weight above 0"), under its fieldset. */
export function GroupError(props: { path: string }) {
	const error = useDraft().errors[props.path];
	return error ? (
		<small class="error" data-testid="field-error" data-path={props.path}>
			{error}
		</small>
	) : null;
}
