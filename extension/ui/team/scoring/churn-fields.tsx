import { t } from "../../../i18n";
import { NumberField } from "./number-field";

/** When a customer is warned about (churn) and how far back engagement counts. */
export function ChurnFields() {
	return (
		<section class="scoring-part" data-testid="scoring-churn">
			<h3>{t("scoringEditor.churn.title")}</h3>
			<div class="scoring-grid">
				<NumberField
					path="engagementWindowDays"
					label={t("scoringEditor.engagementWindowDays")}
					help={t("scoringEditor.engagementWindowDaysHelp")}
					unit={t("scoringEditor.days")}
				/>
				<NumberField
					path="churn.k"
					label={t("scoringEditor.churnK")}
					help={t("scoringEditor.churnKHelp")}
					unit="×"
				/>
				<NumberField
					path="churn.engagementDrop"
					label={t("scoringEditor.engagementDrop")}
					help={t("scoringEditor.engagementDropHelp")}
				/>
			</div>
		</section>
	);
}
