import { buyerTypeSchema } from "../../../../shared/schema/common";
import { CURRENT_FACTORS, POTENTIAL_FACTORS } from "../../../../shared/scoring/prepared";
import type { MessageKey } from "../../../i18n";
import { t } from "../../../i18n";
import { getAt } from "./draft";
import { useDraft } from "./editor-context";
import { GroupError, NumberField } from "./number-field";

const CURRENT = CURRENT_FACTORS;
const POTENTIAL = POTENTIAL_FACTORS;
const BUYER_TYPES = buyerTypeSchema.options;

/** "= 12 %": what a weight counts for, as the engine shares it out (weight / sum of the group). */
function ShareOf(props: { group: string; name: string }) {
	const { draft } = useDraft();
	const weights = getAt(draft, props.group) as Record<string, number>;
	const total = Object.values(weights).reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0);
	const own = weights[props.name] ?? 0;
	if (!(total > 0) || !Number.isFinite(own)) return null;
	return (
		<small class="muted">
			{t("scoringEditor.weightShare", { percent: Math.round((own / total) * 100) })}
		</small>
	);
}

function WeightGroup(props: {
	group: string;
	title: string;
	help: string;
	names: readonly string[];
	prefix: string;
}) {
	return (
		<fieldset class="scoring-fieldset" data-testid={`weights-${props.group}`}>
			<legend>{props.title}</legend>
			<p class="muted small">{props.help}</p>
			<div class="scoring-grid">
				{props.names.map((name) => (
					<div key={name}>
						<NumberField path={`${props.group}.${name}`} label={t(`${props.prefix}${name}` as MessageKey)} />
						<ShareOf group={props.group} name={name} />
					</div>
				))}
			</div>
			<GroupError path={props.group} />
		</fieldset>
	);
}

/** The weights of current and potential value, and what each buyer type promises. */
export function WeightFields() {
	return (
		<section class="scoring-part" data-testid="scoring-weights">
			<h3>{t("scoringEditor.weights.title")}</h3>
			<WeightGroup
				group="current.weights"
				title={t("scoringEditor.currentWeights")}
				help={t("scoringEditor.currentWeightsHelp")}
				names={CURRENT}
				prefix="factor."
			/>
			<WeightGroup
				group="potential.weights"
				title={t("scoringEditor.potentialWeights")}
				help={t("scoringEditor.potentialWeightsHelp")}
				names={POTENTIAL}
				prefix="factor."
			/>
			<fieldset class="scoring-fieldset">
				<legend>{t("scoringEditor.buyerTypes")}</legend>
				<p class="muted small">{t("scoringEditor.buyerTypesHelp")}</p>
				<div class="scoring-grid">
					{BUYER_TYPES.map((type) => (
						<NumberField
							key={type}
							path={`potential.buyerTypes.${type}`}
							label={t(`buyerType.${type}` as MessageKey)}
						/>
					))}
				</div>
			</fieldset>
		</section>
	);
}
