import { getAt } from "./draft";
import { useDraft } from "./editor-context";

/** Radio buttons for one draft path, each choice with its own explanation. */
export function ChoiceField<V extends string>(props: {
	path: string;
	legend: string;
	choices: Array<{ value: V; label: string; help: string }>;
}) {
	const { draft, errors, readOnly, set } = useDraft();
	const value = getAt(draft, props.path) as V;
	return (
		<fieldset class="scoring-choice">
			<legend>{props.legend}</legend>
			{props.choices.map((choice) => (
				<label class="choice" key={choice.value}>
					<input
						type="radio"
						name={props.path}
						value={choice.value}
						checked={value === choice.value}
						disabled={readOnly}
						onChange={() => set(props.path, choice.value)}
					/>
					<span>
						{choice.label}
						<small class="muted"> {choice.help}</small>
					</span>
				</label>
			))}
			{errors[props.path] && <small class="error">{errors[props.path]}</small>}
		</fieldset>
	);
}
