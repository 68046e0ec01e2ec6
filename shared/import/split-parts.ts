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

/** One CSV line; cells with quotes, commas or line breaks are quoted. */
export function csvLine(values: readonly string[]): string {
	return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;

/**
 * Cuts records into parts of at most `maxBytes` (UTF-8), each starting with the header line, so
 * each fits the API's body limit; the first record is the header. The import CLI streams a file
 * through it; the team page, a file it has read.
 */
export async function* splitParts(
	records: AsyncIterable<string[]> | Iterable<string[]>,
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
		return { index: index++, firstRow, records: lines.length, text, bytes: utf8Bytes(text) };
	};
	for await (const values of records) {
		const line = csvLine(values);
		if (header === undefined) {
			header = line.replace(/^\uFEFF/, "");
			continue;
		}
		row++;
		const size = utf8Bytes(line) + 1;
		if (utf8Bytes(header) + size + 1 > maxBytes)
			throw new Error(`Row ${row} is larger than a part (${maxBytes} bytes)`);
		if (lines.length > 0 && utf8Bytes(header) + 1 + bytes + size > maxBytes) {
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
