/** "$12,345": whole US dollars with thousands separators, the same in every runtime. */
export function usd(amount: number): string {
	// Not toLocaleString: Intl is slow in a 100,000-customer loop and varies between runtimes.
	return `$${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

/** Whole numbers as they are, halves (unknown-direction messages count ½) with one decimal. */
export function fmt(n: number): string {
	return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
