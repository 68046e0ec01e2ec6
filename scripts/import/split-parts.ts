import { createReadStream } from "node:fs";
import Papa from "papaparse";

export interface CsvPart {
	index: number;
	/** The file row of the part's first record (the header is row 1). */
	firstRow: number;
	/** Records in the part (blank lines included, so row numbers stay those of the file). */
	records: number;
	/** The part as CSV, starting with the header line. */
	text: string;
	bytes: number;
}

/** The file's records, streamed (quoted cells may span lines, so lines are not records). */
export function readRecords(file: string): AsyncIterable<string[]> {
	const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
	return createReadStream(file, { encoding: "utf8" }).pipe(parser) as AsyncIterable<string[]>;
}

/** One CSV line; cells with quotes, commas or line breaks are quoted. */
export function csvLine(values: readonly string[]): string {
	return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
}

/**
 * Cuts records into parts of at most `maxBytes` (UTF-8), each starting with the header line, so
 * each fits the API's body limit; the first record is the header.
 */
export async function* splitParts(
	records: AsyncIterable<string[]>,
	maxBytes: number,
): AsyncGenerator<CsvPart> {
	let header: string | undefined;
	let lines: string[] = [];
	let bytes = 0;
	let row = 1;
	let firstRow = 2;
	let index = 0;
	const part = (): CsvPart => {
		const text = `${header}\n${lines.join("\n")}`;
		return { index: index++, firstRow, records: lines.length, text, bytes: Buffer.byteLength(text) };
	};
	for await (const values of records) {
		const line = csvLine(values);
		if (header === undefined) {
			header = line.replace(/^\uFEFF/, "");
			continue;
		}
		row++;
		const size = Buffer.byteLength(line) + 1;
		if (Buffer.byteLength(header) + size + 1 > maxBytes)
			throw new Error(`Row ${row} is larger than a part (${maxBytes} bytes)`);
		if (lines.length > 0 && Buffer.byteLength(header) + 1 + bytes + size > maxBytes) {
			yield part();
			lines = [];
			bytes = 0;
			firstRow = row;
		}
		lines.push(line);
		bytes += size;
	}
	if (header === undefined) throw new Error("The file is empty");
	while (lines.length > 0 && lines.at(-1) === "") lines.pop();
	if (lines.length > 0 || index === 0) yield part();
}
