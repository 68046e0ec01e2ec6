import type { Figure } from "../../tests/bench/figure";

/** One output line per figure: `name  value unit`, or a JSON object {"name","value","unit"}. */
export function formatFigure(figure: Figure, json: boolean): string {
	if (json) return JSON.stringify({ name: figure.name, value: figure.value, unit: figure.unit });
	return `${figure.name}  ${roundForDisplay(figure.value)} ${figure.unit}`;
}

/** Three significant digits after the point at most, integers unchanged. */
function roundForDisplay(value: number): string {
	if (Number.isInteger(value)) return String(value);
	const magnitude = Math.abs(value);
	const digits = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
	return value.toFixed(digits);
}
