/** Nearest-rank percentile (p in 0..100) of a sample; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/**
 * D1's own SQL time from a `Server-Timing` header (`db;dur=<ms>`), summed if the metric repeats;
 * undefined when the header has no db metric.
 */
export function serverTimingDb(header: string | null): number | undefined {
	if (!header) return undefined;
	let total: number | undefined;
	for (const metric of header.split(",")) {
		const [name, ...params] = metric.split(";").map((part) => part.trim());
		if (name !== "db") continue;
		for (const param of params) {
			const match = /^dur="?([0-9.eE+-]+)"?$/.exec(param);
			if (match?.[1] !== undefined && Number.isFinite(Number(match[1])))
				total = (total ?? 0) + Number(match[1]);
		}
	}
	return total;
}
