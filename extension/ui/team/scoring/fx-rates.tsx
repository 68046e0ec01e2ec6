import type { FxRate } from "../../../../shared/scoring/fx";
import { t } from "../../../i18n";
import { useDraft } from "./editor-context";
import { NumberField } from "./number-field";

function DateField(props: { path: string; label: string; value: string }) {
	const { errors, readOnly, set } = useDraft();
	const error = errors[props.path];
	return (
		<label class="field scoring-field">
			<span>{props.label}</span>
			<input
				type="date"
				name={props.path}
				value={props.value}
				disabled={readOnly}
				aria-invalid={error ? "true" : undefined}
				onInput={(event) => set(props.path, event.currentTarget.value)}
			/>
			{error && (
				<small class="error" data-testid="field-error" data-path={props.path}>
					{error}
				</small>
			)}
		</label>
	);
}

/** One currency's dated rates, newest first: from each date on, 1 USD buys this many units. */
export function FxRates(props: { code: string; rates: FxRate[] }) {
	const { readOnly, set, remove } = useDraft();
	const { code, rates } = props;
	const newestFirst = rates.map((rate, index) => ({ rate, index })).reverse();
	return (
		<div class="scoring-fx-rates" data-testid="fx-rates" data-currency={code}>
			{newestFirst.map(({ rate, index }) => (
				<div class="scoring-fx-rate" key={index}>
					<DateField
						path={`fx.${code}.${index}.since`}
						label={t("scoringEditor.fx.since")}
						value={rate.since}
					/>
					<NumberField path={`fx.${code}.${index}.perUsd`} label={t("scoringEditor.fx.perUsd", { code })} />
					{!readOnly && rates.length > 1 && (
						<button type="button" class="link" onClick={() => remove(`fx.${code}.${index}`)}>
							{t("scoringEditor.fx.removeRate")}
						</button>
					)}
				</div>
			))}
			{!readOnly && (
				<button
					type="button"
					onClick={() =>
						set(`fx.${code}.${rates.length}`, {
							since: new Date().toISOString().slice(0, 10),
							perUsd: rates.at(-1)?.perUsd ?? Number.NaN,
						})
					}
				>
					{t("scoringEditor.fx.addRate")}
				</button>
			)}
		</div>
	);
}
