import type { Tier } from "../../../../shared/schema/common";
import type { Insights } from "../../../../shared/schema/insights";
import { t } from "../../../i18n";
import { formatAmount, formatCount, formatDay, formatPercent } from "../../format";
import { TierBadge } from "../../tier-badge";
import { displayTierLabel } from "../../tier-label";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

/** Tier movements between two days: the from → to matrix, the climb rates and the customers who fell. */
export function MovementsCard(props: {
	movements: Insights["movements"];
	period: { from: string; to: string };
	onPeriod: (period: { from: string; to: string }) => void;
}) {
	const { movements } = props;
	const cell = (from: Tier | null, to: Tier) =>
		movements.matrix.find((c) => c.from === from && c.to === to)?.customers ?? 0;
	const label = (tier: Tier) => displayTierLabel(tier);
	const rate = (from: Tier, to: Tier, value: number | null) =>
		value === null
			? t("dashboard.moves.noRate", { from: label(from), to: label(to) })
			: t("dashboard.moves.rate", { from: label(from), to: label(to), rate: formatPercent(value) });
	const submit = (event: Event) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const from = String(form.get("from") ?? "");
		const to = String(form.get("to") ?? "");
		if (from && to && from <= to) props.onPeriod({ from, to });
	};
	const rows: Array<Tier | null> = [...TIERS, null];
	return (
		<section class="card dashboard-card wide" aria-labelledby="moves-title" data-testid="dashboard-movements">
			<h2 id="moves-title">{t("dashboard.moves.title")}</h2>
			<form class="dashboard-period" onSubmit={submit}>
				<label class="field">
					<span>{t("dashboard.moves.from")}</span>
					<input type="date" name="from" value={props.period.from} max={props.period.to} />
				</label>
				<label class="field">
					<span>{t("dashboard.moves.to")}</span>
					<input type="date" name="to" value={props.period.to} />
				</label>
				<button type="submit">{t("dashboard.moves.apply")}</button>
			</form>
			<ul class="dashboard-rates" data-testid="movement-rates">
				<li data-testid="iron-to-gold">{rate("iron", "gold", movements.ironToGold)}</li>
				<li data-testid="gold-to-platinum">{rate("gold", "platinum", movements.goldToPlatinum)}</li>
			</ul>
			{movements.matrix.length === 0 ? (
				<p class="muted">{t("dashboard.moves.none")}</p>
			) : (
				<div class="table-scroll">
					<table class="team-table movement-matrix" data-testid="movement-matrix">
						<thead>
							<tr>
								<th scope="col" class="small">
									{t("dashboard.moves.corner", {
										from: formatDay(movements.from),
										to: formatDay(movements.to),
									})}
								</th>
								{TIERS.map((to) => (
									<th key={to} scope="col" class="num">
										<TierBadge tier={to} label={label(to)} compact />
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{rows.map((from) => (
								<tr key={from ?? "new"} data-from={from ?? "new"}>
									<th scope="row">
										{from === null ? (
											t("dashboard.moves.new")
										) : (
											<TierBadge tier={from} label={label(from)} compact />
										)}
									</th>
									{TIERS.map((to) => {
										const n = cell(from, to);
										const kind =
											from === null || from === to
												? ""
												: TIERS.indexOf(to) < TIERS.indexOf(from)
													? "up"
													: "down";
										return (
											<td key={to} class={`num ${kind}`} data-to={to}>
												{n === 0 ? <span class="muted">·</span> : formatCount(n)}
											</td>
										);
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<h3>{t("dashboard.moves.fell", { count: formatCount(movements.fellCount) })}</h3>
			{movements.fell.length > 0 && (
				<div class="table-scroll">
					<table class="team-table" data-testid="fell-table">
						<thead>
							<tr>
								<th scope="col">{t("dashboard.moves.customer")}</th>
								<th scope="col">{t("dashboard.moves.change")}</th>
								<th scope="col" class="num">
									{t("dashboard.pyramid.revenue")}
								</th>
							</tr>
						</thead>
						<tbody>
							{movements.fell.map((c) => (
								<tr key={c.id} data-testid="fell-row">
									<td>{c.name}</td>
									<td class="nowrap">
										<TierBadge tier={c.from} label={label(c.from)} compact /> →{" "}
										<TierBadge tier={c.to} label={label(c.to)} compact />
									</td>
									<td class="num">{formatAmount(c.revenue12mUsd, "USD")}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</section>
	);
}
