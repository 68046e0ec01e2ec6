import { describe, expect, it } from "vitest";
import { duplicateHeaders, parseCsv } from "./parse-csv";

describe("parseCsv", () => {
	it("numbers records as the spreadsheet does, skipping blank lines", () => {
		const table = parseCsv("\uFEFFCompany,Email\nAcme,a@acme.com\n\nBeta,b@beta.com\n");
		expect(table.header).toEqual(["Company", "Email"]);
		expect(table.records).toEqual([
			{ row: 2, values: ["Acme", "a@acme.com"] },
			{ row: 4, values: ["Beta", "b@beta.com"] },
		]);
		expect(table.problems).toEqual([]);
	});

	it("makes a header named twice a problem on row 1, naming the column, and keeps every column", () => {
		const table = parseCsv("邮箱,Company,邮箱\na@acme.com,Acme,b@acme.com\n");
		expect(table.header).toEqual(["邮箱", "Company", "邮箱"]);
		expect(table.records[0]?.values).toEqual(["a@acme.com", "Acme", "b@acme.com"]);
		expect(table.problems).toEqual([
			{
				row: 1,
				column: "邮箱",
				field: null,
				message: 'The column "邮箱" appears twice (columns 1 and 3); rename or remove one',
			},
		]);
	});

	it("refuses a row longer than the header", () => {
		expect(parseCsv("a,b\n1,2,3\n", 7).problems).toEqual([
			{ row: 7, column: null, field: null, message: "The row has 3 cells but the header has 2" },
		]);
	});
});

describe("duplicateHeaders", () => {
	it("compares headers as the mapping does and lets blank headers repeat", () => {
		expect(duplicateHeaders(["E-mail", "email", "", "", "Country"]).map((p) => p.column)).toEqual(["email"]);
		expect(duplicateHeaders(["A", "B", "A", "A"]).map((p) => p.message)).toEqual([
			'The column "A" appears twice (columns 1 and 3); rename or remove one',
			'The column "A" appears twice (columns 1 and 4); rename or remove one',
		]);
	});
});
