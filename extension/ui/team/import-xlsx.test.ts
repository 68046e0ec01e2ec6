import { utils, write } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { xlsxRows } from "./import-xlsx";

function workbook(rows: unknown[][], sheets = 1): ArrayBuffer {
	const book = utils.book_new();
	for (let i = 0; i < sheets; i++)
		utils.book_append_sheet(book, utils.aoa_to_sheet(i === 0 ? rows : [["other"]]), `S${i}`);
	return write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
}

describe("xlsxRows", () => {
	it("reads the first sheet: text as is, numbers plainly, dates as YYYY-MM-DD, blanks empty", () => {
		const rows = xlsxRows(
			workbook(
				[
					["客户名称", "金额", "日期", "取消"],
					["上海贸易有限公司", 12500.5, new Date(Date.UTC(2026, 9, 15)), false],
					["Müller GmbH", 1630, null, true],
					[],
				],
				2,
			),
		);
		expect(rows).toEqual([
			["客户名称", "金额", "日期", "取消"],
			["上海贸易有限公司", "12500.5", "2026-10-15", "false"],
			["Müller GmbH", "1630", "", "true"],
		]);
	});

	it("answers no rows for an empty sheet", () => {
		expect(xlsxRows(workbook([]))).toEqual([]);
	});
});
