import { useMemo, useState } from "preact/hooks";
import type { Tier } from "../../../../shared/schema/common";
import type { BacktestReport } from "../../../../shared/scoring/backtest-tally";
import { intlLocale, type MessageKey, t } from "../../../i18n";
import { formatDay, formatMoney, formatNumber } from "../../format";
import { useLocale } from "../../hooks";
import { TIER_COLOURS } from "../../tier-badge";
import { displayTierLabel, type LabelScheme } from "../../tier-label";
import { useTeam } from "../team-context";
import { useLoaded } from "../use-loaded";
import { ModelChart } from "./model-chart";
import { latestAsOf, type Sentence, verdictOf } from "./model-verdict";
import type { TierChartData } from "./tier-chart";

const MONTH_CHOICES = [3, 6, 12];
const DEFAULT_MONTHS = 6;
const SEVERITIES = ["watch", "warning", "critical"] as const;

function percent(share: number): string {
	return new Intl.NumberFormat(intlLocale(), { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** US dollars, large amounts in 万 for Chinese readers ("US$12.3万"). */
function amount(usd: number): string {
	if (intlLocale().startsWith("zh") && Math.abs(usd) >= 10_000)
		return new Intl.NumberFormat(intlLocale(), {
			style: "currency",
			currency: "USD",
			notation: "compact",
			maximumFractionDigits: 1,
		}).format(usd);
	return formatMoney(usd, "USD");
}

const SHARES = new Set(["share", "ranking", "flagged", "unflagged"]);
const DATES = new Set(["start", "end", "date"]);

/** A sentence in the page's language, its numbers and dates formatted for it. */
function say(sentence: Sentence): string {
	const params = Object.fromEntries(
		Object.entries(sentence.params).map(([name, value]) => {
			if (SHARES.has(name)) return [name, percent(Number(value))];
			if (DATES.has(name)) return [name, formatDay(String(value))];
			if (name === "points")
				return [
					name,
					new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(Number(value)),
				];
			return [name, typeof value === "number" ? formatNumber(value) : value];
		}),
	);
	return t(sentence.key, params);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Model check" (managers and admins): GET /v1/team/backtest for a past date — the tiers the team's
 * settings gave then against what customers bought afterwards, beside ranking by past revenue, and how
 * often repeat buyers flagged as at risk re-ordered.
 */
export function ModelSection() {
	const { client } = useTeam();
	useLocale();
	const [months, setMonths] = useState(DEFAULT_MONTHS);
	const [asOf, setAsOf] = useState(latestAsOf(today(), DEFAULT_MONTHS));
	const [asked, setAsked] = useState({ asOf, months });
	const latest = latestAsOf(today(), months);
	const scoring = useLoaded(() => client.scoring(), [client]);
	const scheme: LabelScheme =
		scoring.state.kind === "ready" ? scoring.state.value.settings.labelScheme : "metal";
	const tooSoon = asked.asOf > latestAsOf(today(), asked.months);
	const report = useLoaded(
		async () => (tooSoon ? null : client.backtest(asked.asOf, asked.months)),
		[client, asked.asOf, asked.months],
	);

	const changeMonths = (value: number) => {
		setMonths(value);
		const limit = latestAsOf(today(), value);
		if (asOf > limit) setAsOf(limit);
	};

	return (
		<section class="card model-check" data-testid="model-check">
			<h2>{t("modelCheck.title")}</h2>
			<p class="muted small">{t("modelCheck.hint")}</p>
			<form
				class="model-form"
				onSubmit={(e) => {
					e.preventDefault();
					setAsked({ asOf, months });
				}}
			>
				<label>
					{t("modelCheck.asOf")}
					<input
						type="date"
						name="asOf"
						value={asOf}
						max={latest}
						required
						onInput={(e) => setAsOf(e.currentTarget.value)}
					/>
				</label>
				<label>
					{t("modelCheck.months")}
					<select name="months" value={months} onChange={(e) => changeMonths(Number(e.currentTarget.value))}>
						{MONTH_CHOICES.map((m) => (
							<option key={m} value={m}>
								{formatNumber(m)}
							</option>
						))}
					</select>
				</label>
				<button type="submit" class="primary">
					{t("modelCheck.run")}
				</button>
			</form>
			{tooSoon && (
				<p class="error" data-testid="model-message">
					{t("modelCheck.notPassed", {
						months: formatNumber(asked.months),
						date: formatDay(asked.asOf),
						end: formatDay(latestEnd(asked.asOf, asked.months)),
					})}
				</p>
			)}
			{!tooSoon && report.state.kind === "loading" && (
				<p class="muted" data-testid="model-loading">
					{t("modelCheck.running", { date: formatDay(asked.asOf) })}
				</p>
			)}
			{report.state.kind === "failed" && (
				<p class="error">{t("modelCheck.failed", { detail: report.state.detail })}</p>
			)}
			{report.state.kind === "ready" && report.state.value && (
				<ModelReport report={report.state.value} scheme={scheme} />
			)}
		</section>
	);
}

/** The window's last day for a date the page refused to send (the page computes it as the API does). */
function latestEnd(asOf: string, months: number): string {
	const d = new Date(`${asOf}T00:00:00Z`);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + months;
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))).toISOString().slice(0, 10);
}

function ModelReport(props: { report: BacktestReport; scheme: LabelScheme }) {
	const { report, scheme } = props;
	const verdict = verdictOf(report);
	const locale = useLocale();
	const chart = useMemo<TierChartData>(
		() => ({
			labels: report.tiers.map((r) => displayTierLabel(r.tier, undefined, scheme)),
			colours: report.tiers.map((r) => TIER_COLOURS[r.tier]),
			series: [
				{
					label: t("modelCheck.chart.customers"),
					values: report.tiers.map((r) => r.customerShare),
					style: "customers",
				},
				{
					label: t("modelCheck.chart.tiers"),
					values: report.tiers.map((r) => r.nextRevenueShare),
					style: "tiers",
				},
				{
					label: t("modelCheck.chart.ranking"),
					values: report.tiers.map((r) => r.rankingNextRevenueShare),
					style: "ranking",
				},
			],
			percent,
		}),
		[report, scheme, locale],
	);
	if (verdict.kind === "tooLittle")
		return (
			<p class="model-verdict" data-testid="model-message">
				{say(verdict.sentence)}
			</p>
		);
	return (
		<div class="model-report">
			<p class="model-verdict" data-testid="model-verdict">
				<strong>{say(verdict.tiers)}</strong> {say(verdict.group)}
			</p>
			<ModelChart data={chart} />
			<TierTable report={report} scheme={scheme} />
			<h3>{t("modelCheck.churn.title")}</h3>
			<p data-testid="model-churn-verdict">{say(verdict.churn)}</p>
			<ChurnTable report={report} />
		</div>
	);
}

function TierTable(props: { report: BacktestReport; scheme: LabelScheme }) {
	const { report } = props;
	return (
		<>
			<div class="table-scroll">
				<table class="team-table model-tiers" data-testid="model-tiers">
					<thead>
						<tr>
							<th>{t("modelCheck.table.tier")}</th>
							<th class="num">{t("modelCheck.table.customers")}</th>
							<th class="num">{t("modelCheck.table.customerShare")}</th>
							<th class="num">{t("modelCheck.table.revenue12m")}</th>
							<th class="num">{t("modelCheck.table.next")}</th>
							<th class="num">{t("modelCheck.table.nextShare")}</th>
							<th class="num">{t("modelCheck.table.ranking")}</th>
						</tr>
					</thead>
					<tbody>
						{report.tiers.map((row) => (
							<tr key={row.tier} data-testid="model-tier-row" data-tier={row.tier}>
								<td>
									<span class="model-swatch" style={{ background: TIER_COLOURS[row.tier as Tier] }} />
									{displayTierLabel(row.tier, undefined, props.scheme)}
								</td>
								<td class="num">{formatNumber(row.customers)}</td>
								<td class="num">{percent(row.customerShare)}</td>
								<td class="num">{amount(row.revenue12mUsd)}</td>
								<td class="num">{amount(row.nextRevenueUsd)}</td>
								<td class="num" data-testid="model-next-share">
									{percent(row.nextRevenueShare)}
								</td>
								<td class="num" data-testid="model-ranking-share">
									{percent(row.rankingNextRevenueShare)}
								</td>
							</tr>
						))}
						<tr class="muted model-new">
							<td>{t("modelCheck.table.newCustomers", { date: formatDay(report.asOf) })}</td>
							<td class="num">—</td>
							<td class="num">—</td>
							<td class="num">—</td>
							<td class="num">{amount(report.newCustomersNextRevenueUsd)}</td>
							<td class="num">
								{percent(
									report.nextRevenueUsd > 0 ? report.newCustomersNextRevenueUsd / report.nextRevenueUsd : 0,
								)}
							</td>
							<td class="num">—</td>
						</tr>
					</tbody>
				</table>
			</div>
			<p class="muted small">{t("modelCheck.table.rankingNote")}</p>
		</>
	);
}

function ChurnTable(props: { report: BacktestReport }) {
	const { churn } = props.report;
	const rows: Array<readonly [MessageKey, (typeof churn)["flagged"]]> = [
		...SEVERITIES.map((s) => [`modelCheck.churn.${s}` as MessageKey, churn.bySeverity[s]] as const),
		["modelCheck.churn.unflagged", churn.unflagged],
	];
	return (
		<div class="table-scroll">
			<table class="team-table model-churn" data-testid="model-churn">
				<thead>
					<tr>
						<th>{t("modelCheck.churn.severity")}</th>
						<th class="num">{t("modelCheck.churn.customers")}</th>
						<th class="num">{t("modelCheck.churn.reordered")}</th>
						<th class="num">{t("modelCheck.churn.rate")}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map(([label, r]) => (
						<tr key={label} data-testid="model-churn-row">
							<td>{t(label)}</td>
							<td class="num">{formatNumber(r.customers)}</td>
							<td class="num">{formatNumber(r.reordered)}</td>
							<td class="num">{r.rate === null ? "—" : percent(r.rate)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
