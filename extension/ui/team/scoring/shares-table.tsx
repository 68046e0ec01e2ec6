import type { TierShare, TierSummary } from "../../../../shared/schema/scoring-answers";
import { intlLocale, t } from "../../../i18n";
import { formatMoney, formatNumber } from "../../format";
import { TIER_COLOURS, TierBadge } from "../../tier-badge";
import type { LabelScheme } from "../../tier-label";
import { displayTierLabel } from "../../tier-label";

function percent(share: number): string {
	return new Intl.NumberFormat(intlLocale(), { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A share as text and as a bar in the tier's colour. */
function ShareCell(props: {
	share: TierShare | undefined;
	of: "customerShare" | "revenueShare";
	testId: string;
}) {
	const { share } = props;
	if (!share) return <td class="num muted">—</td>;
	const value = share[props.of];
	return (
		<td class="num scoring-share" data-testid={props.testId}>
			<span>{percent(value)}</span>
			<span class="scoring-bar" aria-hidden="true">
				<span style={{ width: `${Math.min(100, value * 100)}%`, background: TIER_COLOURS[share.tier] }} />
			</span>
		</td>
	);
}

function Totals(props: { summary: TierSummary | null }) {
	const { summary } = props;
	if (!summary) return <>—</>;
	return (
		<>
			{t("scoringEditor.shares.totals", {
				customers: formatNumber(summary.customers),
				revenue: formatMoney(summary.revenue12mUsd, "USD"),
			})}
		</>
	);
}

/** The team's tiers now beside the tiers the edited settings would give: customers and revenue per tier. */
export function SharesTable(props: {
	now: TierSummary | null;
	preview: TierSummary | null;
	scheme: LabelScheme;
	/** False for those who read the settings only: today's shares alone. */
	withPreview: boolean;
}) {
	const { now, preview, withPreview } = props;
	return (
		<div class="table-scroll" data-testid="scoring-shares">
			<table class="team-table scoring-shares">
				<thead>
					<tr>
						<th rowSpan={2}>{t("scoringEditor.shares.tier")}</th>
						<th colSpan={withPreview ? 2 : 1}>{t("scoringEditor.shares.customers")}</th>
						<th colSpan={withPreview ? 2 : 1}>{t("scoringEditor.shares.revenue")}</th>
					</tr>
					<tr>
						<th class="num">{t("scoringEditor.shares.now")}</th>
						{withPreview && <th class="num">{t("scoringEditor.shares.preview")}</th>}
						<th class="num">{t("scoringEditor.shares.now")}</th>
						{withPreview && <th class="num">{t("scoringEditor.shares.preview")}</th>}
					</tr>
				</thead>
				<tbody>
					{(["platinum", "gold", "iron", "lead"] as const).map((tier) => {
						const was = now?.tiers.find((s) => s.tier === tier);
						const would = preview?.tiers.find((s) => s.tier === tier);
						return (
							<tr key={tier} data-testid="share-row" data-tier={tier}>
								<td>
									<TierBadge tier={tier} label={displayTierLabel(tier, undefined, props.scheme)} compact />
								</td>
								<ShareCell share={was} of="customerShare" testId="now-customers" />
								{withPreview && <ShareCell share={would} of="customerShare" testId="preview-customers" />}
								<ShareCell share={was} of="revenueShare" testId="now-revenue" />
								{withPreview && <ShareCell share={would} of="revenueShare" testId="preview-revenue" />}
							</tr>
						);
					})}
				</tbody>
			</table>
			<p class="muted small" data-testid="now-totals">
				{t("scoringEditor.shares.nowLabel")}: <Totals summary={now} />
			</p>
			{preview && (
				<p class="muted small" data-testid="preview-totals">
					{t("scoringEditor.shares.previewLabel")}: <Totals summary={preview} />
				</p>
			)}
		</div>
	);
}
