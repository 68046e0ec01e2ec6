import { type ColumnMapping, IGNORE, IMPORT_FIELDS, type ImportField } from "./fields";

/** Headers compare without case, spaces or punctuation: "Customer ID" = "customer_id" = "customerid". */
export function headerKey(header: string): string {
	return header
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Common spreadsheet and ERP headers per field (as headerKey forms), English and Chinese. */
const SYNONYMS: Record<ImportField, string[]> = {
	customer: ["customer", "customerkey", "client", "buyer", "客户", "客户编码"],
	account: [
		"account",
		"accountid",
		"accountno",
		"accountnumber",
		"accountcode",
		"customerid",
		"customerno",
		"customernumber",
		"customercode",
		"custid",
		"custno",
		"clientid",
		"clientno",
		"clientnumber",
		"debtor",
		"debtorno",
		"erpid",
		"客户id",
		"客户编号",
		"客户代码",
		"账号",
	],
	email: [
		"email",
		"emailaddress",
		"mail",
		"contactemail",
		"邮箱",
		"邮箱地址",
		"电子邮箱",
		"电子邮件",
		"邮件",
	],
	domain: ["domain", "companydomain", "emaildomain", "域名"],
	website: ["website", "web", "url", "homepage", "site", "网站", "网址"],
	company: [
		"company",
		"companyname",
		"customername",
		"clientname",
		"buyername",
		"accountname",
		"organisation",
		"organization",
		"business",
		"公司",
		"公司名称",
		"公司名",
		"企业名称",
		"客户名称",
		"客户名",
	],
	contact: ["contact", "contactname", "contactperson", "person", "fullname", "联系人", "联系人姓名", "姓名"],
	phone: [
		"phone",
		"phonenumber",
		"telephone",
		"tel",
		"mobile",
		"whatsapp",
		"电话",
		"电话号码",
		"手机",
		"手机号",
		"手机号码",
		"联系电话",
	],
	country: ["country", "countrycode", "countryname", "nation", "market", "国家", "国家地区", "地区"],
	buyerType: ["buyertype", "customertype", "clienttype", "客户类型", "买家类型"],
	date: [
		"date",
		"orderdate",
		"invoicedate",
		"purchasedate",
		"saledate",
		"salesdate",
		"transactiondate",
		"documentdate",
		"dateordered",
		"日期",
		"订单日期",
		"下单日期",
		"成交日期",
		"发票日期",
	],
	amount: [
		"amount",
		"total",
		"totalamount",
		"value",
		"ordervalue",
		"ordertotal",
		"orderamount",
		"invoiceamount",
		"invoicetotal",
		"invoicevalue",
		"netamount",
		"grossamount",
		"revenue",
		"sum",
		"金额",
		"总额",
		"订单金额",
		"成交金额",
		"合同金额",
		"发票金额",
	],
	currency: ["currency", "currencycode", "ccy", "cur", "币种", "币别", "货币"],
	reference: [
		"reference",
		"ref",
		"invoice",
		"invoiceno",
		"invoicenumber",
		"invoiceid",
		"order",
		"orderid",
		"orderno",
		"ordernumber",
		"ordernr",
		"documentno",
		"docno",
		"订单号",
		"订单编号",
		"合同号",
		"发票号",
		"单号",
	],
	cancelled: [
		"cancelled",
		"canceled",
		"iscancelled",
		"iscanceled",
		"cancellation",
		"void",
		"voided",
		"已取消",
		"取消",
	],
};

const BY_KEY = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const key of SYNONYMS[field]) BY_KEY.set(key, field);

export interface ResolvedColumn {
	header: string;
	field: ImportField | typeof IGNORE;
	/** How the field was chosen. */
	by: "given" | "guessed" | "none";
}

export interface ResolvedMapping {
	columns: ResolvedColumn[];
	/** Column index of each mapped field. */
	index: Partial<Record<ImportField, number>>;
	/** Explanations for the person importing: columns left out, a field claimed twice, unknown overrides. */
	notes: string[];
	/** Overrides naming a column the file does not have. */
	unknownColumns: string[];
}

/**
 * The field of each column: what `given` says (by header, compared as headerKey), else a guess from
 * common headers. A bare "name" is the company unless another column already is. A field claimed by
 * two columns keeps the first; the second is ignored and noted.
 */
export function guessMapping(headers: readonly string[], given: ColumnMapping = {}): ResolvedMapping {
	const givenByKey = new Map(
		Object.entries(given).map(([header, field]) => [headerKey(header), { header, field }]),
	);
	const present = new Set(headers.map(headerKey));
	const unknownColumns = [...givenByKey.values()]
		.filter((g) => !present.has(headerKey(g.header)))
		.map((g) => g.header);
	const chosen = headers.map((header): ResolvedColumn => {
		const explicit = givenByKey.get(headerKey(header));
		if (explicit) return { header, field: explicit.field, by: "given" };
		const field = BY_KEY.get(headerKey(header));
		return field ? { header, field, by: "guessed" } : { header, field: IGNORE, by: "none" };
	});
	resolveBareName(headers, chosen, givenByKey);
	const index: Partial<Record<ImportField, number>> = {};
	const notes: string[] = [];
	chosen.forEach((column, i) => {
		if (column.field === IGNORE) {
			if (column.by === "none") notes.push(`Column "${column.header}" is not imported`);
			return;
		}
		const earlier = index[column.field];
		if (earlier !== undefined) {
			notes.push(
				`Columns "${headers[earlier]}" and "${column.header}" both mean ${column.field}; "${column.header}" is not imported`,
			);
			column.field = IGNORE;
			return;
		}
		index[column.field] = i;
	});
	for (const header of unknownColumns)
		notes.push(`The mapping names a column "${header}" that the file does not have`);
	return { columns: chosen, index, notes, unknownColumns };
}

function resolveBareName(
	headers: readonly string[],
	chosen: ResolvedColumn[],
	given: Map<string, unknown>,
): void {
	const hasCompany = chosen.some((c) => c.field === "company");
	headers.forEach((header, i) => {
		const key = headerKey(header);
		if ((key === "name" || key === "名称") && !given.has(key)) {
			chosen[i] = { header, field: hasCompany ? "contact" : "company", by: "guessed" };
		}
	});
}
