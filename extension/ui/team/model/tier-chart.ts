/**
 * The model check's bar chart. Only this module imports chart.js, and the model section loads it with
 * import() when it opens, so the rest of the team page (and every other page) never carries it; only
 * the parts a bar chart uses are registered, so the bundler leaves the others out.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface TierChartData {
	/** Tier labels, in tier order. */
	labels: string[];
	colours: string[];
	series: Array<{ label: string; values: number[]; style: "customers" | "tiers" | "ranking" }>;
	/** Formats a 0–1 share for the axis and tooltips in the page's language. */
	percent: (share: number) => string;
}

export function drawTierChart(canvas: HTMLCanvasElement, data: TierChartData): Chart<"bar"> {
	const fill = (style: string) =>
		style === "customers" ? "#c7ccd3" : style === "tiers" ? data.colours : data.colours.map((c) => `${c}66`);
	return new Chart(canvas, {
		type: "bar",
		data: {
			labels: data.labels,
			datasets: data.series.map((s) => ({
				label: s.label,
				data: s.values,
				backgroundColor: fill(s.style),
				borderColor: s.style === "ranking" ? data.colours : "transparent",
				borderWidth: s.style === "ranking" ? 1 : 0,
			})),
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				y: { beginAtZero: true, ticks: { callback: (value) => data.percent(Number(value)) } },
			},
			plugins: {
				legend: {
					position: "bottom",
					labels: {
						generateLabels: (chart) =>
							chart.data.datasets.map((d, i) => ({
								text: String(d.label),
								fillStyle: i === 0 ? "#c7ccd3" : i === 1 ? "#5f6670" : "#5f667066",
								strokeStyle: i === 2 ? "#5f6670" : "transparent",
								lineWidth: i === 2 ? 1 : 0,
								datasetIndex: i,
								hidden: !chart.isDatasetVisible(i),
							})),
					},
				},
				tooltip: {
					callbacks: { label: (item) => `${item.dataset.label}: ${data.percent(Number(item.raw))}` },
				},
			},
		},
	});
}
