import type { Insights } from "../../../../shared/schema/insights";
import { type MessageKey, t } from "../../../i18n";
import { formatAmount, formatCount, formatDate } from "../../format";
import { TierBadge } from "../../tier-badge";
import { displayTierLabel } from "../../tier-label";

export const churnName = (severity: string) => t(`churn.${severity}` as MessageKey);

/** Customers at risk of churning, the most revenue at risk first. */
export function ChurnCard(props: { churn: Insights["churn"] }) {
	const { churn } = props;
	return (
		<section class="card dashboard-card wide" aria-labelledby="churn-title" data-testid="dashboard-churn">
			<h2 id="churn-title">{t("dashboard.churn.title")}</h2>
			{churn.count === 0 ? (
				<p class="muted">{t("dashboard.churn.none")}</p>
			) : (
				<>
					<p data-testid="churn-summary">
						{t("dashboard.churn.summary", {
							count: formatCount(churn.count),
							revenue: formatAmount(churn.revenue12mUsd, "USD"),
						})}
					</p>
					<div class="table-scroll">
						<table class="team-table" data-testid="churn-table">
							<thead>
								<tr>
									<th scope="col">{t("dashboard.churn.customer")}</th>
									<th scope="col">{t("dashboard.pyramid.tier")}</th>
									<th scope="col">{t("dashboard.churn.severity")}</th>
									<th scope="col" class="num">
										{t("dashboard.pyramid.revenue")}
									</th>
									<th scope="col">{t("dashboard.churn.lastOrder")}</th>
									<th scope="col">{t("dashboard.churn.owner")}</th>
								</tr>
							</thead>
							<tbody>
								{churn.customers.map((c) => (
									<tr key={c.id} data-testid="churn-row">
										<td>{c.name}</td>
										<td>
											<TierBadge tier={c.tier} label={displayTierLabel(c.tier)} compact />
										</td>
										<td class={`churn-${c.severity}`}>{churnName(c.severity)}</td>
										<td class="num">{formatAmount(c.revenue12mUsd, "USD")}</td>
										<td class="nowrap">{formatDate(c.lastOrderAt)}</td>
										<td>{c.owner?.name ?? "—"}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</>
			)}
		</section>
	);
}

const TIERS = ["platinum", "gold", "iron", "lead"] as const;

/** Per salesperson: customers per tier, new leads this week and month, no follow-up for 30/60/90 days; the pool. */
export function PeopleCard(props: { people: Insights["salespeople"]; poolSize: number }) {
	return (
		<section class="card dashboard-card wide" aria-labelledby="people-title" data-testid="dashboard-people">
			<h2 id="people-title">{t("dashboard.people.title")}</h2>
			<div class="table-scroll">
				<table class="team-table" data-testid="people-table">
					<thead>
						<tr>
							<th scope="col" rowSpan={2}>
								{t("dashboard.people.name")}
							</th>
							{TIERS.map((tier) => (
								<th key={tier} scope="col" class="num" rowSpan={2}>
									<TierBadge tier={tier} label={displayTierLabel(tier)} compact />
								</th>
							))}
							<th scope="col" class="num" rowSpan={2}>
								{t("dashboard.people.newWeek")}
							</th>
							<th scope="col" class="num" rowSpan={2}>
								{t("dashboard.people.newMonth")}
							</th>
							<th scope="colgroup" colSpan={3} class="num">
								{t("dashboard.people.quiet")}
							</th>
						</tr>
						<tr>
							{[30, 60, 90].map((days) => (
								<th key={days} scope="col" class="num">
									{t("dashboard.people.days", { days })}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{props.people.map((p) => (
							<tr key={p.memberId} data-testid="person-row" data-member={p.memberId}>
								<th scope="row">{p.name}</th>
								{TIERS.map((tier) => (
									<td key={tier} class="num" data-tier={tier}>
										{formatCount(p.tiers[tier] ?? 0)}
									</td>
								))}
								<td class="num">{formatCount(p.newLeadsWeek)}</td>
								<td class="num">{formatCount(p.newLeadsMonth)}</td>
								<td class="num">{formatCount(p.noFollowUp30)}</td>
								<td class="num">{formatCount(p.noFollowUp60)}</td>
								<td class="num">{formatCount(p.noFollowUp90)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<p data-testid="pool-size">{t("dashboard.people.pool", { count: formatCount(props.poolSize) })}</p>
		</section>
	);
}
