import { useMemo } from "preact/hooks";
import type { Insights } from "../../../../shared/schema/insights";
import { t } from "../../../i18n";
import { formatCount, formatPercent } from "../../format";
import { ChartCanvas, type Charts } from "./chart-canvas";
import type { CurveChartData } from "./charts";

const drawCurve = (module: typeof import("./charts"), canvas: HTMLCanvasElement, data: CurveChartData) =>
	module.drawCurve(canvas, data);

/** The revenue concentration curve, the team's top 5 / 10 / 20 % marked, and their shares as a table. */
export function CurveCard(props: { concentration: Insights["concentration"]; charts: Charts }) {
	const { concentration } = props;
	const title = t("dashboard.curve.title");
	const data = useMemo<CurveChartData>(
		() => ({
			points: concentration.points.map((p) => ({ x: p.customerShare, y: p.revenueShare })),
			marks: concentration.top.map((top) => ({
				x: top.percent / 100,
				y: top.revenueShare,
				label: `${t("dashboard.curve.top", { percent: top.percent })}: ${formatPercent(top.revenueShare)}`,
			})),
			curveLabel: t("dashboard.curve.revenue"),
			evenLabel: "1 : 1",
			xTitle: t("dashboard.curve.customers"),
			yTitle: t("dashboard.curve.revenue"),
			format: formatPercent,
		}),
		[concentration],
	);
	return (
		<section class="card dashboard-card" aria-labelledby="curve-title" data-testid="dashboard-curve">
			<h2 id="curve-title">{title}</h2>
			<p class="muted small">{t("dashboard.curve.hint")}</p>
			{concentration.points.length === 0 ? (
				<p class="muted">{t("dashboard.curve.none")}</p>
			) : (
				<>
					<ChartCanvas
						charts={props.charts}
						label={title}
						data={data}
						draw={drawCurve}
						testId="curve-chart"
					/>
					<div class="table-scroll">
						<table class="team-table" data-testid="curve-table">
							<caption class="visually-hidden">{t("dashboard.tableOf", { title })}</caption>
							<thead>
								<tr>
									<th scope="col">{t("dashboard.curve.topCustomers")}</th>
									<th scope="col" class="num">
										{t("dashboard.curve.count")}
									</th>
									<th scope="col" class="num">
										{t("dashboard.curve.revenue")}
									</th>
								</tr>
							</thead>
							<tbody>
								{concentration.top.map((top) => (
									<tr key={top.percent} data-testid="curve-row" data-percent={top.percent}>
										<th scope="row">{t("dashboard.curve.top", { percent: top.percent })}</th>
										<td class="num">{formatCount(top.customers)}</td>
										<td class="num" data-testid="revenue-share">
											{formatPercent(top.revenueShare)}
										</td>
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
