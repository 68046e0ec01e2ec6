import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../../i18n";
import type { TierChartData } from "./tier-chart";

/** The tiers as a bar chart, drawn once chart.js has loaded (a chunk of its own, fetched on first open). */
export function ModelChart(props: { data: TierChartData }) {
	const canvas = useRef<HTMLCanvasElement>(null);
	const [drawn, setDrawn] = useState(false);
	useEffect(() => {
		let cancelled = false;
		let chart: { destroy(): void } | null = null;
		void import("./tier-chart").then(({ drawTierChart }) => {
			if (cancelled || !canvas.current) return;
			chart = drawTierChart(canvas.current, props.data);
			setDrawn(true);
		});
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	}, [props.data]);
	return (
		<div class="model-chart">
			<canvas
				ref={canvas}
				role="img"
				aria-label={t("modelCheck.chart.label")}
				data-testid="model-chart"
				data-drawn={drawn ? "true" : "false"}
			/>
		</div>
	);
}
