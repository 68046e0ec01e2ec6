export type CsvValue = string | number | null | undefined;

/** The byte-order mark a spreadsheet CSV starts with, so Excel opens Chinese text right. */
export const CSV_BOM = "\uFEFF";

/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel opens Chinese text right), CRLF rows, cells
 * quoted when needed, and cells starting with = + - @ (or a tab / carriage return) prefixed with
 * an apostrophe so a spreadsheet never runs them as formulas.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
	return `${CSV_BOM}${rows.map(csvLine).join("")}`;
}

/** One row ending in CRLF, for writers that stream rows one page at a time (no BOM: write it first). */
export function csvLine(row: readonly CsvValue[]): string {
	return `${row.map(csvCell).join(",")}\r\n`;
}

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return "";
	let text = String(value);
	if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
