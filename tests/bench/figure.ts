/** One benchmark figure; `npm run bench --json` prints each as one JSON line. */
export interface Figure {
	name: string;
	value: number;
	unit: string;
}
