import Papa from "papaparse";
import type { RowProblem } from "../../shared/import/wire";

export interface CsvRecord {
	/** File row: the header is row 1 (as a spreadsheet numbers them). */
	row: number;
	values: string[];
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	problems: RowProblem[];
}

/**
 * Parses CSV text whose first line is the header. `firstRow` is the file row of the first record
 * (2 for a whole file; later for a part of one). Blank lines are skipped but still counted, so row
 * numbers match the spreadsheet. A record with more fields than the header is a problem; a shorter
 * one is read with the missing cells empty (spreadsheets drop trailing empty cells).
 */
export function parseCsv(text: string, firstRow = 2): CsvTable {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
	const [headerRow = [], ...rows] = parsed.data;
	const header = headerRow.map((h) => h.trim());
	const problems: RowProblem[] = [];
	for (const error of parsed.errors) {
		// Papa's row index counts the header; the "UndetectableDelimiter" notice is not about a row.
		if (error.code === "UndetectableDelimiter") continue;
		const row = error.row === undefined ? firstRow - 1 : firstRow + error.row - 1;
		problems.push({ row, column: null, field: null, message: `Malformed CSV: ${error.message}` });
	}
	const records: CsvRecord[] = [];
	rows.forEach((values, i) => {
		const row = firstRow + i;
		if (values.every((v) => v.trim() === "")) return;
		if (values.length > header.length) {
			problems.push({
				row,
				column: null,
				field: null,
				message: `The row has ${values.length} cells but the header has ${header.length}`,
			});
			return;
		}
		records.push({ row, values });
	});
	return { header, records, problems };
}
