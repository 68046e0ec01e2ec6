/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel opens Chinese text right), CRLF rows, cells
 * quoted when needed, and cells starting with = + - @ (or a tab / carriage return) prefixed with
 * an apostrophe so a spreadsheet never runs them as formulas.
 */
export function writeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return "";
	let text = String(value);
	if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
