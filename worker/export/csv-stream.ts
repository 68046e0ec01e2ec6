import { CSV_BOM, type CsvValue, csvLine } from "../../shared/csv/write-csv";

/**
 * A CSV body written as it is read: the BOM and header first, then one chunk per page the
 * generator yields, so a large export never sits in memory as one string.
 */
export function csvStream(
	header: readonly string[],
	pages: AsyncGenerator<CsvValue[][]>,
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let headerSent = false;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!headerSent) {
				headerSent = true;
				controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
				return;
			}
			const next = await pages.next();
			if (next.done) {
				controller.close();
				return;
			}
			if (next.value.length > 0) controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
		},
		async cancel() {
			await pages.return(undefined);
		},
	});
}
