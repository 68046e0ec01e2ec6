import type { ImportField } from "../../shared/import/fields";
import type { ResolvedMapping } from "../../shared/import/guess-mapping";
import type { CsvRecord } from "../../shared/import/parse-csv";
import { parseAmount, parseCurrency, parseDate, parseFlag } from "../../shared/import/values";
import type { RowProblem } from "../../shared/import/wire";
import { countryCode, registrableDomain } from "../../shared/normalize";
import type { BuyerType } from "../../shared/schema/common";
import { buyerTypeSchema } from "../../shared/schema/common";
import { LIMITS } from "../../shared/schema/limits";
import { type FxTable, toUsd, UnknownCurrencyError } from "../../shared/scoring";
import { type NormalizedCapture, normalizeCapture } from "../capture/normalize-capture";
import { forEachWithBreaks } from "../http/let-others-run";
import { ProblemError } from "../http/problem";

export interface OrderLine {
	date: string;
	amount: number;
	currency: string;
	amountUsd: number;
	reference: string | null;
	cancelled: boolean;
}

/** One CSV record, read: who the customer is (normalised as captures are) and the order line, if any. */
export interface ImportRow {
	row: number;
	capture: NormalizedCapture;
	/** The team's own account number for the customer, as written (identity kind "account", lower-cased). */
	account: string | null;
	order: OrderLine | null;
}

export interface RowContext {
	mapping: ResolvedMapping;
	fx: FxTable;
	defaultCurrency?: string;
	/** The team's default country, for phones written without a country code (with no country in the row). */
	defaultCountry?: string | null;
}

export interface ReadRows {
	rows: ImportRow[];
	problems: RowProblem[];
	warnings: RowProblem[];
	customerRows: number;
	orderRows: number;
}

const MAX_ACCOUNT = 100;
const MAX_REFERENCE = 100;

/** Reads every record; a record with any problem is left out of `rows` (and the import refused). */
export async function readRows(records: CsvRecord[], context: RowContext): Promise<ReadRows> {
	const out: ReadRows = { rows: [], problems: [], warnings: [], customerRows: 0, orderRows: 0 };
	await forEachWithBreaks(records, (record) => {
		const reader = new RowReader(record, context);
		const row = reader.read();
		out.problems.push(...reader.problems);
		out.warnings.push(...reader.warnings);
		if (row === null) return;
		if (row.order) out.orderRows++;
		else out.customerRows++;
		out.rows.push(row);
	});
	return out;
}

const NORMALIZED_PATHS: Record<string, ImportField> = {
	"contact.email": "email",
	"contact.phone": "phone",
	"company.domain": "domain",
	"company.website": "website",
	"company.country": "country",
};

class RowReader {
	readonly problems: RowProblem[] = [];
	readonly warnings: RowProblem[] = [];

	constructor(
		private readonly record: CsvRecord,
		private readonly context: RowContext,
	) {}

	read(): ImportRow | null {
		const keys = this.keys();
		const capture = this.capture(keys);
		const order = this.order();
		if (!keys.account && !keys.email && !keys.domain && !keys.website && !keys.phone) {
			this.problem(null, "No customer key: give an account number, email, domain, website or phone");
		}
		if (capture !== null && capture.keys.length === 0 && !keys.account && this.problems.length === 0) {
			this.problem(
				null,
				"The customer key identifies nobody: a free-mail or shared-platform domain is not a company",
			);
		}
		if (this.problems.length > 0 || capture === null) return null;
		return { row: this.record.row, capture, account: keys.account ?? null, order };
	}

	private cell(field: ImportField): string | undefined {
		const index = this.context.mapping.index[field];
		const value = index === undefined ? undefined : this.record.values[index]?.trim();
		return value ? value : undefined;
	}

	private header(field: ImportField): string | null {
		const index = this.context.mapping.index[field];
		return index === undefined ? null : (this.context.mapping.columns[index]?.header ?? null);
	}

	private problem(field: ImportField | null, message: string): void {
		this.problems.push({ row: this.record.row, column: field && this.header(field), field, message });
	}

	private warn(field: ImportField | null, message: string): void {
		this.warnings.push({ row: this.record.row, column: field && this.header(field), field, message });
	}

	/** The key cells; a generic "customer" cell is an email, a domain or an account number by its form. */
	private keys() {
		const keys = {
			account: this.cell("account"),
			email: this.cell("email"),
			domain: this.cell("domain"),
			website: this.cell("website"),
			phone: this.cell("phone"),
		};
		const customer = this.cell("customer");
		if (customer !== undefined) {
			const kind = customer.includes("@") ? "email" : looksLikeDomain(customer) ? "domain" : "account";
			if (keys[kind] === undefined) keys[kind] = customer;
			else if (keys[kind]?.toLowerCase() !== customer.toLowerCase()) {
				this.problem(
					"customer",
					`The customer key "${customer}" disagrees with the ${kind} column ("${keys[kind]}")`,
				);
			}
		}
		if (keys.account !== undefined && keys.account.length > MAX_ACCOUNT) {
			this.problem("account", `The account number is longer than ${MAX_ACCOUNT} characters`);
		}
		return keys;
	}

	private capture(keys: ReturnType<RowReader["keys"]>): NormalizedCapture | null {
		const company = this.cell("company");
		const contact = this.cell("contact");
		if (company !== undefined && company.length > LIMITS.name)
			this.problem("company", `Longer than ${LIMITS.name} characters`);
		if (contact !== undefined && contact.length > LIMITS.name)
			this.problem("contact", `Longer than ${LIMITS.name} characters`);
		try {
			return normalizeCapture(
				{
					source: "import",
					contact: {
						name: contact,
						email: keys.email,
						phone: keys.phone,
						phoneAsWritten: undefined,
						whatsapp: undefined,
						wechat: undefined,
						skype: undefined,
						title: undefined,
						buyerId: undefined,
					},
					company: {
						name: company,
						domain: keys.domain,
						website: keys.website,
						country: this.country(),
						buyerType: this.buyerType(),
						address: undefined,
					},
				},
				{ defaultCountry: this.context.defaultCountry },
			);
		} catch (error) {
			if (!(error instanceof ProblemError) || error.errors === undefined) throw error;
			for (const e of error.errors) this.problem(NORMALIZED_PATHS[e.path] ?? null, e.message);
			return null;
		}
	}

	/** An unknown country is left empty with a warning: real ledgers say "Unspecified" or "West Indies". */
	private country(): string | undefined {
		const raw = this.cell("country");
		if (raw === undefined) return undefined;
		const code = countryCode(raw);
		if (code === null) this.warn("country", `Unknown country "${raw}"; left empty`);
		return code ?? undefined;
	}

	private buyerType(): BuyerType | undefined {
		const raw = this.cell("buyerType");
		if (raw === undefined) return undefined;
		const parsed = buyerTypeSchema.safeParse(raw.toLowerCase().replace(/[\s-]+/g, "_"));
		if (!parsed.success) this.warn("buyerType", `Unknown buyer type "${raw}"; left empty`);
		return parsed.success ? parsed.data : undefined;
	}

	private order(): OrderLine | null {
		const cells = {
			date: this.cell("date"),
			amount: this.cell("amount"),
			currency: this.cell("currency") ?? this.context.defaultCurrency,
			reference: this.cell("reference"),
			cancelled: this.cell("cancelled"),
		};
		const isOrder = [cells.date, cells.amount, this.cell("currency"), cells.reference, cells.cancelled].some(
			(v) => v !== undefined,
		);
		if (!isOrder) return null;
		const date = this.parse("date", cells.date, parseDate);
		const amount = this.parse("amount", cells.amount, parseAmount);
		const currency = this.parse("currency", cells.currency, parseCurrency);
		const cancelled =
			cells.cancelled === undefined ? false : this.parse("cancelled", cells.cancelled, parseFlag);
		if (cells.reference !== undefined && cells.reference.length > MAX_REFERENCE) {
			this.problem("reference", `The reference is longer than ${MAX_REFERENCE} characters`);
		}
		if (date === undefined || amount === undefined || currency === undefined || cancelled === undefined)
			return null;
		const amountUsd = this.usd(amount, currency, date);
		if (amountUsd === undefined) return null;
		return { date, amount, currency, amountUsd, reference: cells.reference ?? null, cancelled };
	}

	private parse<T>(
		field: ImportField,
		raw: string | undefined,
		parser: (raw: string) => { ok: true; value: T } | { ok: false; message: string },
	): T | undefined {
		if (raw === undefined) {
			this.problem(field, `An order line needs its ${field}`);
			return undefined;
		}
		const parsed = parser(raw);
		if (!parsed.ok) this.problem(field, parsed.message);
		return parsed.ok ? parsed.value : undefined;
	}

	private usd(amount: number, currency: string, date: string): number | undefined {
		try {
			return Math.round(toUsd(amount, currency, date, this.context.fx) * 100) / 100;
		} catch (error) {
			if (!(error instanceof UnknownCurrencyError)) throw error;
			this.problem(
				"currency",
				`Unknown currency "${currency}": add its exchange rates to the team's fx table (PUT /v1/team/scoring) first`,
			);
			return undefined;
		}
	}
}

function looksLikeDomain(value: string): boolean {
	return /^[^\s@/]+\.[a-z]{2,}$/i.test(value) && registrableDomain(value) !== null;
}
