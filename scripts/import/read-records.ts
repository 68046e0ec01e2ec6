import { createReadStream } from "node:fs";
import Papa from "papaparse";

/** The file's records, streamed (quoted cells may span lines, so lines are not records). */
export function readRecords(file: string): AsyncIterable<string[]> {
	const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
	return createReadStream(file, { encoding: "utf8" }).pipe(parser) as AsyncIterable<string[]>;
}
