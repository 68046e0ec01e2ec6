/**
 * A team's distribution of one positive quantity (revenue, order count, freshness) as knots of its
 * empirical CDF: `p[i]` is the share of the team's buyers with a value ≤ `x[i]`. Exact when there are few
 * distinct values; otherwise MAX_KNOTS quantiles, linearly interpolated between. Small and JSON-safe, so
 * one customer can be ranked later without the whole team.
 */
export interface Cdf {
	x: number[];
	p: number[];
}

const MAX_KNOTS = 257;

/** Builds the CDF from values sorted ascending (only values > 0 are passed in). */
export function buildCdf(sorted: ArrayLike<number>): Cdf {
	const n = sorted.length;
	const cdf: Cdf = { x: [], p: [] };
	if (n === 0) return cdf;
	const step = Math.max(1, (n - 1) / (MAX_KNOTS - 1));
	let i = 0;
	while (i < n) {
		const value = sorted[i] as number;
		let last = i;
		while (last + 1 < n && sorted[last + 1] === value) last++;
		cdf.x.push(value);
		cdf.p.push((last + 1) / n);
		// Next knot: the next distinct value or `step` positions on, whichever is further; always the maximum.
		i = Math.max(last + 1, Math.min(Math.round(cdf.x.length * step), n - 1));
	}
	return cdf;
}

/** Share of the team at or below `v`, interpolated between knots; 0 for v ≤ 0, 1 above the maximum. */
export function rankIn(cdf: Cdf, v: number): number {
	const { x, p } = cdf;
	const n = x.length;
	if (v <= 0 || n === 0) return 0;
	if (v >= (x[n - 1] as number)) return 1;
	let lo = 0;
	let hi = n - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((x[mid] as number) < v) lo = mid + 1;
		else hi = mid;
	}
	const x1 = x[lo] as number;
	const p1 = p[lo] as number;
	if (x1 === v) return p1;
	const x0 = lo === 0 ? 0 : (x[lo - 1] as number);
	const p0 = lo === 0 ? 0 : (p[lo - 1] as number);
	return p0 + ((p1 - p0) * (v - x0)) / (x1 - x0);
}
