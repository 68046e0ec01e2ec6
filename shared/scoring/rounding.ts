/**
 * Rounds parts to whole points so that they add up to the rounded total exactly (largest remainder:
 * every part is its value rounded down or up, the leftover points go to the largest fractions, ties to
 * the earlier part, so the result is deterministic). Allocation-light: it runs for every customer.
 */
export function roundToTotal(parts: ArrayLike<number>): number[] {
	const n = parts.length;
	const rounded = new Array<number>(n);
	let total = 0;
	let floors = 0;
	for (let i = 0; i < n; i++) {
		const p = parts[i] as number;
		total += p;
		rounded[i] = Math.floor(p);
		floors += rounded[i] as number;
	}
	let left = Math.round(total) - floors;
	let taken = 0; // bit mask of parts already rounded up (n is at most a few dozen)
	while (left > 0) {
		let best = -1;
		let bestFrac = -1;
		for (let i = 0; i < n; i++) {
			const frac = (parts[i] as number) - (rounded[i] as number);
			if ((taken & (1 << i)) === 0 && frac > bestFrac) {
				best = i;
				bestFrac = frac;
			}
		}
		if (best < 0) break;
		taken |= 1 << best;
		rounded[best] = (rounded[best] as number) + 1;
		left--;
	}
	return rounded;
}
