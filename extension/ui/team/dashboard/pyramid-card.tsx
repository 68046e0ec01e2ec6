import { useMemo } from "preact/hooks";
import type { Insights } from "../../../../shared/schema/insights";
import { t } from "../../../i18n";
import { formatAmount, formatCount, formatPercent } from "../../format";
import { TIER_COLOURS, TierBadge } from "../../tier-badge";
import { displayTierLabel } from "../../tier-label";
import { ChartCanvas, type Charts } from "./chart-canvas";
import type { PyramidChartData } from "./charts";

const drawPyramid = (module: typeof import("./charts"), canvas: HTMLCanvasElement, data: PyramidChartData) =>
	module.drawPyramid(canvas, data);

/** Customers and trailing-12-month revenue per tier: the bars, and the table with the same numbers. */
export function PyramidCard(props: { pyramid: Insights["pyramid"]; charts: Charts }) {
	const { pyramid } = props;
	const title = t("dashboard.pyramid.title");
	const data = useMemo<PyramidChartData>(
		() => ({
			labels: pyramid.tiers.map((s) => displayTierLabel(s.tier, s.label)),
			colours: pyramid.tiers.map((s) => TIER_COLOURS[s.tier]),
			customerShares: pyramid.tiers.map((s) => s.customerShare),
			revenueShares: pyramid.tiers.map((s) => s.revenueShare),
			customerLabel: t("dashboard.pyramid.customerShare"),
			revenueLabel: t("dashboard.pyramid.revenueShare"),
			detail: (i, dataset) => {
				const s = pyramid.tiers[i];
				if (!s) return "";
				return dataset === "customers"
					? `${formatCount(s.customers)} · ${formatPercent(s.customerShare)}`
					: `${formatAmount(s.revenue12mUsd, "USD")} · ${formatPercent(s.revenueShare)}`;
			},
			format: formatPercent,
		}),
		[pyramid],
	);
	return (
		<section class="card dashboard-card" aria-labelledby="pyramid-title" data-testid="dashboard-pyramid">
			<h2 id="pyramid-title">{title}</h2>
			<ChartCanvas
				charts={props.charts}
				label={title}
				data={data}
				draw={drawPyramid}
				testId="pyramid-chart"
			/>
			<div class="table-scroll">
				<table class="team-table" data-testid="pyramid-table">
					<caption class="visually-hidden">{t("dashboard.tableOf", { title })}</caption>
					<thead>
						<tr>
							<th scope="col">{t("dashboard.pyramid.tier")}</th>
							<th scope="col" class="num">
								{t("dashboard.pyramid.customers")}
							</th>
							<th scope="col" class="num">
								{t("dashboard.pyramid.customerShare")}
							</th>
							<th scope="col" class="num">
								{t("dashboard.pyramid.revenue")}
							</th>
							<th scope="col" class="num">
								{t("dashboard.pyramid.revenueShare")}
							</th>
						</tr>
					</thead>
					<tbody>
						{pyramid.tiers.map((s) => (
							<tr key={s.tier} data-testid="pyramid-row" data-tier={s.tier}>
								<th scope="row">
									<TierBadge tier={s.tier} label={displayTierLabel(s.tier, s.label)} compact />
								</th>
								<td class="num" data-testid="customers">
									{formatCount(s.customers)}
								</td>
								<td class="num">{formatPercent(s.customerShare)}</td>
								<td class="num" data-testid="revenue">
									{formatAmount(s.revenue12mUsd, "USD")}
								</td>
								<td class="num">{formatPercent(s.revenueShare)}</td>
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr data-testid="pyramid-total">
							<th scope="row">{t("dashboard.pyramid.total")}</th>
							<td class="num" data-testid="customers">
								{formatCount(pyramid.customers)}
							</td>
							<td />
							<td class="num" data-testid="revenue">
								{formatAmount(pyramid.revenue12mUsd, "USD")}
							</td>
							<td />
						</tr>
					</tfoot>
				</table>
			</div>
		</section>
	);
}
