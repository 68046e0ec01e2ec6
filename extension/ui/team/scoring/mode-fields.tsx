import type { Tier } from "../../../../shared/schema/common";
import { tierLabel } from "../../../../shared/scoring/tiers";
import { getLocale, t } from "../../../i18n";
import { ChoiceField } from "./choice-field";
import { useDraft } from "./editor-context";
import { NumberField } from "./number-field";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

function tierNames(scheme: "metal" | "letter"): string {
	return TIERS.map((tier) => tierLabel(tier, scheme, getLocale())).join(" · ");
}

/** How tiers are named, how current value is measured and how the tier lines are drawn. */
export function ModeFields() {
	const { draft } = useDraft();
	return (
		<section class="scoring-part" data-testid="scoring-modes">
			<h3>{t("scoringEditor.modes.title")}</h3>
			<ChoiceField
				path="labelScheme"
				legend={t("scoringEditor.labelScheme")}
				choices={[
					{ value: "metal", label: tierNames("metal"), help: "" },
					{ value: "letter", label: tierNames("letter"), help: t("scoringEditor.labelScheme.letterHelp") },
				]}
			/>
			<ChoiceField
				path="current.mode"
				legend={t("scoringEditor.currentMode")}
				choices={[
					{
						value: "percentile",
						label: t("scoringEditor.currentMode.percentile"),
						help: t("scoringEditor.currentMode.percentileHelp"),
					},
					{
						value: "absolute",
						label: t("scoringEditor.currentMode.absolute"),
						help: t("scoringEditor.currentMode.absoluteHelp"),
					},
				]}
			/>
			<div class="scoring-grid">
				{draft.current.mode === "absolute" && (
					<>
						<NumberField
							path="current.revenueUsd"
							label={t("scoringEditor.revenueUsd")}
							help={t("scoringEditor.revenueUsdHelp")}
							unit="USD"
						/>
						<NumberField
							path="current.ordersPerYear"
							label={t("scoringEditor.ordersPerYear")}
							help={t("scoringEditor.ordersPerYearHelp")}
						/>
					</>
				)}
				<NumberField
					path="current.recencyDays"
					label={t("scoringEditor.recencyDays")}
					help={t("scoringEditor.recencyDaysHelp")}
					unit={t("scoringEditor.days")}
				/>
			</div>
			<ChoiceField
				path="tiers.mode"
				legend={t("scoringEditor.tierMode")}
				choices={[
					{
						value: "percentile",
						label: t("scoringEditor.tierMode.percentile"),
						help: t("scoringEditor.tierMode.percentileHelp"),
					},
					{
						value: "absolute",
						label: t("scoringEditor.tierMode.absolute"),
						help: t("scoringEditor.tierMode.absoluteHelp"),
					},
				]}
			/>
			<div class="scoring-grid">
				{draft.tiers.mode === "percentile" ? (
					<>
						<NumberField
							path="tiers.platinumPercent"
							label={t("scoringEditor.platinumPercent")}
							help={t("scoringEditor.platinumPercentHelp")}
							unit="%"
						/>
						<NumberField
							path="tiers.goldPercent"
							label={t("scoringEditor.goldPercent")}
							help={t("scoringEditor.goldPercentHelp")}
							unit="%"
						/>
					</>
				) : (
					<>
						<NumberField
							path="tiers.current"
							label={t("scoringEditor.currentThreshold")}
							help={t("scoringEditor.currentThresholdHelp")}
						/>
						<NumberField
							path="tiers.potential"
							label={t("scoringEditor.potentialThreshold")}
							help={t("scoringEditor.potentialThresholdHelp")}
						/>
					</>
				)}
			</div>
		</section>
	);
}
