import Papa from "papaparse";
import { headerKey } from "./guess-mapping";
import type { RowProblem } from "./wire";

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
 * numbers match the spreadsheet. A header named twice is a problem (a mapping names columns by
 * header, so the second could never be told apart); a record with more fields than the header is
 * a problem; a shorter one is read with the missing cells empty (spreadsheets drop trailing empty
 * cells). The API and the team page's preview both read files through here.
 */
export function parseCsv(text: string, firstRow = 2): CsvTable {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
	const [headerRow = [], ...rows] = parsed.data;
	const header = headerRow.map((h) => h.trim());
	const problems: RowProblem[] = duplicateHeaders(header);
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

/**
 * Headers that appear more than once (compared as the mapping compares them: "E-mail" = "email"),
 * one problem on row 1 per repeat. Blank headers are not names and may repeat.
 */
export function duplicateHeaders(header: readonly string[]): RowProblem[] {
	const firstAt = new Map<string, number>();
	const problems: RowProblem[] = [];
	header.forEach((name, i) => {
		const key = headerKey(name);
		if (key === "") return;
		const first = firstAt.get(key);
		if (first === undefined) {
			firstAt.set(key, i);
			return;
		}
		problems.push({
			row: 1,
			column: name,
			field: null,
			message: `The column "${name}" appears twice (columns ${first + 1} and ${i + 1}); rename or remove one`,
		});
	});
	return problems;
}
