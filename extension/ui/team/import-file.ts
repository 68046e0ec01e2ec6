import Papa from "papaparse";
import { decodeText, TextDecodingError, type TextEncodingName } from "../../../shared/import/decode-text";
import { type CsvRecord, parseCsv } from "../../../shared/import/parse-csv";
import { type CsvPart, csvLine, splitParts } from "../../../shared/import/split-parts";
import { IMPORT_LIMITS, type RowProblem } from "../../../shared/import/wire";

/** A file chosen for import, read in the page: as CSV text, whatever it was. */
export interface ImportFile {
	name: string;
	/** The encoding its bytes were in, or "xlsx" for a workbook's first sheet. */
	source: TextEncodingName | "xlsx";
	/** The file as CSV text (sent as UTF-8). */
	csv: string;
	header: string[];
	/** The first records, for the mapping preview. */
	preview: CsvRecord[];
	records: number;
	/** What the shared parser finds without the server: a header named twice, a malformed row. */
	problems: RowProblem[];
}

/** Why a file cannot be imported, as a message key of the team page. */
export class ImportFileError extends Error {
	constructor(
		readonly key: "import.error.empty" | "import.error.unreadable" | "import.error.tooManyRows",
		readonly detail = "",
	) {
		super(key);
	}
}

export const PREVIEW_ROWS = 5;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isWorkbook(file: File, bytes: Uint8Array): boolean {
	return /\.xlsx$/i.test(file.name) || ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export async function readImportFile(file: File): Promise<ImportFile> {
	const buffer = await file.arrayBuffer();
	const bytes = new Uint8Array(buffer);
	let csv: string;
	let source: ImportFile["source"];
	if (isWorkbook(file, bytes)) {
		const { xlsxRows } = await import("./import-xlsx");
		try {
			csv = xlsxRows(buffer).map(csvLine).join("\n");
		} catch (error) {
			throw new ImportFileError("import.error.unreadable", error instanceof Error ? error.message : "");
		}
		source = "xlsx";
	} else {
		try {
			const decoded = decodeText(bytes);
			csv = decoded.text;
			source = decoded.encoding;
		} catch (error) {
			if (!(error instanceof TextDecodingError)) throw error;
			throw new ImportFileError("import.error.unreadable", error.message);
		}
	}
	const table = parseCsv(csv);
	if (table.header.every((h) => h === "") || table.records.length === 0)
		throw new ImportFileError("import.error.empty");
	if (table.records.length > IMPORT_LIMITS.rows)
		throw new ImportFileError("import.error.tooManyRows", String(IMPORT_LIMITS.rows));
	return {
		name: file.name,
		source,
		csv,
		header: table.header,
		preview: table.records.slice(0, PREVIEW_ROWS),
		records: table.records.length,
		problems: table.problems,
	};
}

/** The file in parts below the API's body limit (one part: it goes in a single request). */
export async function partsOf(csv: string): Promise<CsvPart[]> {
	const records = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;
	const parts: CsvPart[] = [];
	for await (const part of splitParts(records, IMPORT_LIMITS.partBytes)) parts.push(part);
	return parts;
}
