import type { Tier } from "../../../shared/schema/common";
import type { HandoverPlan } from "../../../shared/schema/handover";
import type { MemberOverview } from "../../../shared/schema/member-overview";
import { t } from "../../i18n";
import { formatMoney, formatNumber } from "../format";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

/** The handover as it would happen: counts per receiver and tier, then every customer with its destination. */
export function HandoverPreview(props: {
	plan: HandoverPlan;
	colleagues: MemberOverview[];
	onAssign: (customerId: string, to: string) => void;
}) {
	const { plan } = props;
	const rows = [
		...plan.receivers.map((r) => ({ key: r.memberId, name: r.name, counts: r.counts, total: r.total })),
		{ key: "pool", name: t("handover.pool"), counts: plan.pool.counts, total: plan.pool.total },
	];
	return (
		<div data-testid="handover-preview">
			<h3>{t("handover.previewTitle", { count: plan.total, name: plan.from.name })}</h3>
			<div class="table-scroll">
				<table class="team-table">
					<thead>
						<tr>
							<th>{t("handover.receiver")}</th>
							{TIERS.map((tier) => (
								<th key={tier} class="num">
									<TierBadge tier={tier} label={displayTierLabel(tier)} compact />
								</th>
							))}
							<th class="num">{t("handover.total")}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.key} data-testid="handover-receiver" data-receiver={row.key}>
								<td>{row.name}</td>
								{TIERS.map((tier) => (
									<td key={tier} class="num" data-tier={tier}>
										{formatNumber(row.counts[tier] ?? 0)}
									</td>
								))}
								<td class="num" data-testid="receiver-total">
									{formatNumber(row.total)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<details>
				<summary>{t("handover.byHand", { count: plan.customers.length })}</summary>
				<div class="table-scroll">
					<table class="team-table">
						<tbody>
							{plan.customers.map((customer) => (
								<tr key={customer.id} data-testid="handover-customer">
									<td>{customer.name}</td>
									<td>
										<TierBadge tier={customer.tier} label={displayTierLabel(customer.tier)} compact />
									</td>
									<td class="num">{formatMoney(customer.revenue12mUsd, "USD")}</td>
									<td>
										<select
											aria-label={customer.name}
											value={customer.to ?? "pool"}
											onChange={(e) => props.onAssign(customer.id, e.currentTarget.value)}
										>
											<option value="pool">{t("handover.pool")}</option>
											{props.colleagues.map((m) => (
												<option key={m.id} value={m.id}>
													{m.name}
												</option>
											))}
										</select>
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</details>
		</div>
	);
}
