import { describe, expect, it } from "vitest";
import { writeCsv } from "./write-csv";

describe("writeCsv", () => {
	it("writes a BOM, CRLF rows, quotes what needs it and neutralises formulas", () => {
		expect(
			writeCsv([
				["customer", "tier"],
				["上海贸易有限公司", 'say "hi", ok'],
				["=HYPERLINK(1)", -3],
				[null, "@x"],
			]),
		).toBe('\uFEFFcustomer,tier\r\n上海贸易有限公司,"say ""hi"", ok"\r\n\'=HYPERLINK(1),-3\r\n,\'@x\r\n');
	});
});
