import { useState } from "preact/hooks";
import { t } from "../../../i18n";
import { formatDay } from "../../format";
import { useTeam } from "../team-context";
import { useLoaded } from "../use-loaded";
import { useCharts } from "./chart-canvas";
import { ChurnCard, PeopleCard } from "./churn-card";
import { CurveCard } from "./curve-card";
import { MovementsCard } from "./movements-card";
import { PyramidCard } from "./pyramid-card";

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The dashboard (GET /v1/team/insights): managers and admins see the team, a salesperson their own
 * customers. Each chart has its table beside it; chart.js loads only once this section opens.
 */
export function DashboardSection() {
	const { client } = useTeam();
	const [period, setPeriod] = useState(() => ({ from: day(Date.now() - 30 * DAY_MS), to: day(Date.now()) }));
	const loaded = useLoaded(() => client.insights(period), [client, period]);
	const charts = useCharts();
	if (loaded.state.kind === "failed") {
		return <p class="error">{t("team.failed", { detail: loaded.state.detail })}</p>;
	}
	if (loaded.state.kind === "loading") return <p class="muted">{t("team.loading")}</p>;
	const insights = loaded.state.value;
	return (
		<div class="dashboard" data-testid="dashboard">
			<p class="muted small" data-testid="dashboard-scope">
				{t(insights.scope === "team" ? "dashboard.scope.team" : "dashboard.scope.own", {
					day: formatDay(insights.asOf),
				})}
			</p>
			<div class="dashboard-grid">
				<PyramidCard pyramid={insights.pyramid} charts={charts} />
				<CurveCard concentration={insights.concentration} charts={charts} />
				<MovementsCard movements={insights.movements} period={period} onPeriod={setPeriod} />
				<ChurnCard churn={insights.churn} />
				<PeopleCard people={insights.salespeople} poolSize={insights.poolSize} />
			</div>
		</div>
	);
}
