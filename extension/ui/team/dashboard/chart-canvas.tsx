import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../../i18n";

type ChartsModule = typeof import("./charts");
export type Charts = { kind: "loading" } | { kind: "ready"; module: ChartsModule } | { kind: "failed" };

/** chart.js, imported when the dashboard first opens (its own chunk; nothing else loads it). */
export function useCharts(): Charts {
	const [charts, setCharts] = useState<Charts>({ kind: "loading" });
	useEffect(() => {
		let live = true;
		import("./charts").then(
			(module) => live && setCharts({ kind: "ready", module }),
			() => live && setCharts({ kind: "failed" }),
		);
		return () => {
			live = false;
		};
	}, []);
	return charts;
}

/**
 * A chart drawn on a canvas, redrawn when `data` changes. The canvas is an image for assistive
 * technology, labelled with its title; the table beside it holds the same numbers.
 */
export function ChartCanvas<D>(props: {
	charts: Charts;
	label: string;
	data: D;
	draw: (module: ChartsModule, canvas: HTMLCanvasElement, data: D) => { destroy(): void };
	testId: string;
}) {
	const canvas = useRef<HTMLCanvasElement>(null);
	const { charts, data, draw } = props;
	useEffect(() => {
		if (charts.kind !== "ready" || !canvas.current) return;
		const chart = draw(charts.module, canvas.current, data);
		return () => chart.destroy();
	}, [charts, data, draw]);
	if (charts.kind === "failed") return <p class="muted small">{t("dashboard.chartFailed")}</p>;
	return (
		<div class="chart-box">
			{charts.kind === "loading" && <p class="muted small">{t("dashboard.chartsLoading")}</p>}
			<canvas ref={canvas} role="img" aria-label={props.label} data-testid={props.testId} />
		</div>
	);
}
