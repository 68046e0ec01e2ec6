/**
 * Rounds parts to whole points so that they add up to the rounded total exactly (largest remainder:
 * every part is its value rounded down or up, and the leftover points go to the largest fractions, ties
 * to the earlier part, so the result is deterministic).
 */
export function roundToTotal(parts: ArrayLike<number>): number[] {
	let total = 0;
	for (let i = 0; i < parts.length; i++) total += parts[i] as number;
	const target = Math.round(total);
	const rounded = Array.from(parts, (p) => Math.floor(p));
	let left = target - rounded.reduce((a, b) => a + b, 0);
	const order = rounded.map((_, i) => i).sort((a, b) => frac(parts, b) - frac(parts, a) || a - b);
	for (let j = 0; left > 0 && j < order.length; j++, left--) {
		const i = order[j] as number;
		rounded[i] = (rounded[i] as number) + 1;
	}
	return rounded;
}

function frac(parts: ArrayLike<number>, i: number): number {
	const p = parts[i] as number;
	return p - Math.floor(p);
}
