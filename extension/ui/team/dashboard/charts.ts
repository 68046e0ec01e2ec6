/**
 * The dashboard's two charts, on chart.js with only the parts they use registered (tree-shaken).
 * This module is imported dynamically when the dashboard opens: no other page or section loads it.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	type Plugin,
	PointElement,
	Tooltip,
} from "chart.js";

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	Legend,
);

export type DrawnChart = { destroy(): void };

/** The page's colours (light or dark theme), read from its CSS variables. */
function theme(canvas: HTMLCanvasElement) {
	const style = getComputedStyle(canvas);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return {
		text: read("--text", "#1f2328"),
		muted: read("--muted", "#5f6670"),
		grid: read("--border", "#d0d7de"),
	};
}

const percentAxis = (
	title: string,
	colours: ReturnType<typeof theme>,
	format: (share: number) => string,
) => ({
	min: 0,
	max: 1,
	title: { display: true, text: title, color: colours.muted },
	ticks: { color: colours.muted, callback: (value: string | number) => format(Number(value)) },
	grid: { color: colours.grid },
});

export interface PyramidChartData {
	labels: string[];
	colours: string[];
	customerShares: number[];
	revenueShares: number[];
	customerLabel: string;
	revenueLabel: string;
	/** Tooltip lines: the tier's counts and amounts as the page writes them. */
	detail: (index: number, dataset: "customers" | "revenue") => string;
	format: (share: number) => string;
}

/** Share of customers beside share of revenue, one pair of bars per tier, best tier on top. */
export function drawPyramid(canvas: HTMLCanvasElement, data: PyramidChartData): DrawnChart {
	const colours = theme(canvas);
	return new Chart(canvas, {
		type: "bar",
		data: {
			labels: data.labels,
			datasets: [
				{
					label: data.customerLabel,
					data: data.customerShares,
					backgroundColor: data.colours.map((c) => `${c}66`),
					borderColor: data.colours,
					borderWidth: 1,
				},
				{ label: data.revenueLabel, data: data.revenueShares, backgroundColor: data.colours },
			],
		},
		options: {
			indexAxis: "y",
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: {
				x: percentAxis("", colours, data.format),
				y: { ticks: { color: colours.text }, grid: { display: false } },
			},
			plugins: {
				legend: { labels: { color: colours.text } },
				tooltip: {
					callbacks: {
						label: (item) => data.detail(item.dataIndex, item.datasetIndex === 0 ? "customers" : "revenue"),
					},
				},
			},
		},
	});
}

export interface CurveChartData {
	points: Array<{ x: number; y: number }>;
	marks: Array<{ x: number; y: number; label: string }>;
	curveLabel: string;
	evenLabel: string;
	xTitle: string;
	yTitle: string;
	format: (share: number) => string;
}

/** Writes each marked point's label beside it (the top 5 / 10 / 20 %). */
const markLabels: Plugin<"line"> = {
	id: "tierlineMarkLabels",
	afterDatasetsDraw(chart) {
		const meta = chart.getDatasetMeta(2);
		const marks = (chart.data.datasets[2]?.data ?? []) as Array<{ label?: string }>;
		const { ctx } = chart;
		ctx.save();
		ctx.font = "12px system-ui, sans-serif";
		ctx.fillStyle = theme(chart.canvas).text;
		meta.data.forEach((point, i) => {
			const label = marks[i]?.label;
			if (label) ctx.fillText(label, point.x + 8, point.y + 14);
		});
		ctx.restore();
	},
};

/** The concentration curve: share of revenue against share of customers, biggest first, top shares marked. */
export function drawCurve(canvas: HTMLCanvasElement, data: CurveChartData): DrawnChart {
	const colours = theme(canvas);
	return new Chart(canvas, {
		type: "line",
		data: {
			datasets: [
				{
					label: data.curveLabel,
					data: [{ x: 0, y: 0 }, ...data.points],
					borderColor: "#5b4b9a",
					backgroundColor: "#5b4b9a",
					pointRadius: 0,
					tension: 0.2,
				},
				{
					label: data.evenLabel,
					data: [
						{ x: 0, y: 0 },
						{ x: 1, y: 1 },
					],
					borderColor: colours.muted,
					borderDash: [4, 4],
					pointRadius: 0,
				},
				{
					label: data.marks.map((m) => m.label).join(" · "),
					data: data.marks,
					showLine: false,
					pointRadius: 5,
					borderColor: "#9a6a00",
					backgroundColor: "#9a6a00",
				},
			],
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			parsing: false,
			scales: {
				x: { type: "linear", ...percentAxis(data.xTitle, colours, data.format) },
				y: percentAxis(data.yTitle, colours, data.format),
			},
			plugins: {
				legend: { labels: { color: colours.text, filter: (item) => item.datasetIndex !== 2 } },
				tooltip: {
					callbacks: {
						label: (item) => {
							const p = item.raw as { x: number; y: number; label?: string };
							return `${p.label ? `${p.label}: ` : ""}${data.format(p.x)} → ${data.format(p.y)}`;
						},
					},
				},
			},
		},
		plugins: [markLabels],
	});
}
