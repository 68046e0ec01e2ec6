import { type CellObject, read, SSF, utils, type WorkBook } from "@e965/xlsx";

/**
 * The first sheet of an Excel workbook as rows of cell text, the header first. Loaded only when a
 * workbook is chosen on the team page (a dynamic import: SheetJS stays out of every other bundle).
 * Numbers are written plainly ("1630.33", not the cell's "$1,630.33"); date cells as YYYY-MM-DD
 * (with the time when there is one), what the import reads without asking day or month first.
 */
export function xlsxRows(bytes: ArrayBuffer): string[][] {
	const book = read(bytes, { type: "array", cellDates: false, cellNF: true, cellText: false });
	const name = book.SheetNames[0];
	const sheet = name === undefined ? undefined : book.Sheets[name];
	const ref = sheet?.["!ref"];
	if (!sheet || !ref) return [];
	const range = utils.decode_range(ref);
	const rows: string[][] = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const row: string[] = [];
		for (let c = range.s.c; c <= range.e.c; c++) {
			row.push(cellText(sheet[utils.encode_cell({ r, c })] as CellObject | undefined, book));
		}
		rows.push(row);
	}
	while (rows.length > 0 && rows.at(-1)?.every((v) => v === "")) rows.pop();
	return rows;
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system (1899-12-30, counting its phantom 1900-02-29) and of the 1904 one. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function cellText(cell: CellObject | undefined, book: WorkBook): string {
	if (!cell || cell.v === undefined || cell.v === null) return "";
	switch (cell.t) {
		case "n": {
			const value = cell.v as number;
			if (cell.z !== undefined && SSF.is_date(cell.z)) return serialDate(value, book);
			return String(value);
		}
		case "b":
			return cell.v ? "true" : "false";
		case "d":
			return (cell.v as Date).toISOString().slice(0, 10);
		case "e":
			return "";
		default:
			return String(cell.v);
	}
}

function serialDate(serial: number, book: WorkBook): string {
	const epoch = book.Workbook?.WBProps?.date1904 ? EPOCH_1904 : EPOCH_1900;
	const iso = new Date(epoch + Math.round(serial * DAY_MS)).toISOString();
	return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}
