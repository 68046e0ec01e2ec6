import { describe, expect, it } from "vitest";
import { guessMapping, headerKey } from "./guess-mapping";

const fields = (headers: string[], given = {}) => {
	const { columns } = guessMapping(headers, given);
	return Object.fromEntries(columns.map((c) => [c.header, c.field]));
};

describe("headerKey", () => {
	it("ignores case, spaces and punctuation", () => {
		for (const h of ["Customer ID", "customer_id", "CUSTOMER-ID", " customerId ", "Customer.Id"]) {
			expect(headerKey(h)).toBe("customerid");
		}
		expect(headerKey("客户 编号")).toBe("客户编号");
	});
});

describe("guessMapping", () => {
	it("maps the Online Retail II orders.csv header as it is", () => {
		const headers = ["invoice", "customer_id", "country", "date", "amount", "currency", "lines", "cancelled"];
		const result = guessMapping(headers);
		expect(fields(headers)).toEqual({
			invoice: "reference",
			customer_id: "account",
			country: "country",
			date: "date",
			amount: "amount",
			currency: "currency",
			lines: "ignore",
			cancelled: "cancelled",
		});
		expect(result.index).toMatchObject({ reference: 0, account: 1, date: 3, amount: 4 });
		expect(result.notes).toEqual(['Column "lines" is not imported']);
	});

	it("reads common spreadsheet headers whatever their case and spacing", () => {
		expect(
			fields([
				"Company Name",
				"Contact Person",
				"E-mail",
				"Web Site",
				"Tel",
				"Invoice Date",
				"Total",
				"Invoice No.",
			]),
		).toEqual({
			"Company Name": "company",
			"Contact Person": "contact",
			"E-mail": "email",
			"Web Site": "website",
			Tel: "phone",
			"Invoice Date": "date",
			Total: "amount",
			"Invoice No.": "reference",
		});
		expect(fields(["Customer", "Domain", "Account Number", "Canceled", "Currency Code"])).toEqual({
			Customer: "customer",
			Domain: "domain",
			"Account Number": "account",
			Canceled: "cancelled",
			"Currency Code": "currency",
		});
	});

	it("reads Chinese headers", () => {
		expect(fields(["客户编号", "公司名称", "邮箱", "日期", "金额", "币种", "发票号"])).toEqual({
			客户编号: "account",
			公司名称: "company",
			邮箱: "email",
			日期: "date",
			金额: "amount",
			币种: "currency",
			发票号: "reference",
		});
	});

	it("reads the headers of a Chinese customer list and order book", () => {
		expect(fields(["客户名称", "联系人", "邮箱", "电话", "国家", "金额", "币种", "日期", "订单号"])).toEqual({
			客户名称: "company",
			联系人: "contact",
			邮箱: "email",
			电话: "phone",
			国家: "country",
			金额: "amount",
			币种: "currency",
			日期: "date",
			订单号: "reference",
		});
		expect(
			fields([
				"公司名",
				"联系人姓名",
				"电子邮箱",
				"手机号码",
				"国家/地区",
				"成交金额",
				"币别",
				"成交日期",
				"订单编号",
			]),
		).toEqual({
			公司名: "company",
			联系人姓名: "contact",
			电子邮箱: "email",
			手机号码: "phone",
			"国家/地区": "country",
			成交金额: "amount",
			币别: "currency",
			成交日期: "date",
			订单编号: "reference",
		});
	});

	it("takes a bare name as the company, or as the contact when another column is the company", () => {
		expect(fields(["name", "email"])).toEqual({ name: "company", email: "email" });
		expect(fields(["Name", "Company", "Email"])).toEqual({
			Name: "contact",
			Company: "company",
			Email: "email",
		});
	});

	it("lets given mappings win, matched by header key, and ignores columns on request", () => {
		const headers = ["Kunde", "Betrag", "Datum", "customer_id"];
		expect(
			fields(headers, { kunde: "company", BETRAG: "amount", Datum: "date", customer_id: "ignore" }),
		).toEqual({
			Kunde: "company",
			Betrag: "amount",
			Datum: "date",
			customer_id: "ignore",
		});
	});

	it("keeps the first of two columns claiming one field and says so", () => {
		const result = guessMapping(["Total", "Amount"]);
		expect(result.index).toEqual({ amount: 0 });
		expect(result.columns.map((c) => c.field)).toEqual(["amount", "ignore"]);
		expect(result.notes).toEqual(['Columns "Total" and "Amount" both mean amount; "Amount" is not imported']);
	});

	it("reports mappings for columns the file does not have", () => {
		const result = guessMapping(["email"], { "Customer No": "account" });
		expect(result.unknownColumns).toEqual(["Customer No"]);
		expect(result.notes).toContain('The mapping names a column "Customer No" that the file does not have');
	});
});
