import { utils, write } from "@e965/xlsx";
import type { CsvValue } from "../../shared/csv/write-csv";

/**
 * An .xlsx workbook of one sheet: the header, then every row the pages yield. Text goes in as text
 * cells (a cell starting with "=" is a string, never a formula) and numbers as numbers. Unlike the
 * CSV, the workbook is built in memory (a zip cannot be streamed by SheetJS); dense sheets keep it
 * small.
 */
export async function xlsxBody(
	header: readonly string[],
	pages: AsyncGenerator<CsvValue[][]>,
	sheetName: string,
): Promise<ArrayBuffer> {
	const rows: CsvValue[][] = [[...header]];
	for await (const page of pages) for (const row of page) rows.push(row);
	const sheet = utils.aoa_to_sheet(rows, { dense: true });
	const book = utils.book_new();
	utils.book_append_sheet(book, sheet, sheetName);
	return write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
}
