import type { ColumnMapping, ImportField } from "../../shared/import/fields";
import { guessMapping } from "../../shared/import/guess-mapping";
import { parseAmount, parseCurrency, parseDate, parseFlag } from "../../shared/import/values";
import { countryCode } from "../../shared/normalize/country";
import type { BacktestCustomer } from "../../shared/scoring/backtest";
import { readRecords } from "../import/read-records";

/** Which column names the customer, in order of preference: the first one a row fills is its key. */
const KEY_ORDER: ImportField[] = ["account", "customer", "email", "domain", "company", "phone", "website"];

export interface Ledger {
	customers: BacktestCustomer[];
	orders: number;
	/** Rows left out, with the first few reasons. */
	skipped: number;
	problems: string[];
}

/**
 * Reads a CSV of order lines (the same columns `npm run import` takes, guessed from the headers the same
 * way) into one history per customer: orders and country. Rows without a customer key, a date or an
 * amount are left out and counted.
 */
export async function readLedger(
	file: string,
	mapping: ColumnMapping = {},
	defaultCurrency?: string,
): Promise<Ledger> {
	const byKey = new Map<string, BacktestCustomer>();
	const ledger: Ledger = { customers: [], orders: 0, skipped: 0, problems: [] };
	let index: ReturnType<typeof guessMapping>["index"] | undefined;
	let row = 0;
	const skip = (why: string) => {
		ledger.skipped++;
		if (ledger.problems.length < 5) ledger.problems.push(`row ${row}: ${why}`);
	};
	for await (const values of readRecords(file)) {
		row++;
		if (!index) {
			index = guessMapping(values, mapping).index;
			if (index.date === undefined || index.amount === undefined)
				throw new Error(`${file} needs a date and an amount column (use --map column=field)`);
			continue;
		}
		if (values.every((v) => v.trim() === "")) continue;
		const cell = (field: ImportField) => {
			const i = index?.[field];
			return i === undefined ? "" : (values[i] ?? "").trim();
		};
		const keyField = KEY_ORDER.find((f) => cell(f) !== "");
		if (!keyField) {
			skip("no customer key");
			continue;
		}
		const date = parseDate(cell("date"));
		const amount = parseAmount(cell("amount"));
		const currency = parseCurrency(cell("currency") || defaultCurrency || "");
		const cancelled = parseFlag(cell("cancelled"));
		if (!date.ok || !amount.ok || !currency.ok || !cancelled.ok) {
			const failed = [date, amount, currency, cancelled].find((p) => !p.ok);
			skip(failed && !failed.ok ? failed.message : "unreadable");
			continue;
		}
		const key = `${keyField}:${cell(keyField).toLowerCase()}`;
		let customer = byKey.get(key);
		if (!customer) {
			const country = countryCode(cell("country"));
			customer = {
				input: {
					orders: [],
					interactions: [],
					inquiries: [],
					company: country ? { country } : {},
					platform: {},
				},
			};
			byKey.set(key, customer);
		}
		customer.input.orders.push({
			amount: amount.value,
			currency: currency.value,
			date: date.value,
			cancelled: cancelled.value,
		});
		ledger.orders++;
	}
	ledger.customers = [...byKey.values()];
	return ledger;
}
