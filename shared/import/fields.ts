import { z } from "zod";

/**
 * What a CSV column can mean to POST /v1/imports. A row is a customer (and contact) row, an order
 * line, or both; it needs a customer key: `customer` (an email, a domain or an account number,
 * recognised by its form), `account` (the team's own number from its ERP or spreadsheet), `email`,
 * `domain`, `website` or `phone`.
 */
export const IMPORT_FIELDS = [
	"customer",
	"account",
	"email",
	"domain",
	"website",
	"company",
	"contact",
	"phone",
	"country",
	"buyerType",
	"date",
	"amount",
	"currency",
	"reference",
	"cancelled",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column that is not imported. */
export const IGNORE = "ignore";

export const importFieldSchema = z.enum([...IMPORT_FIELDS, IGNORE], {
	error: `a column maps to one of ${IMPORT_FIELDS.join(", ")} or "${IGNORE}"`,
});

/** Column header → field, as sent by clients (`--map column=field` on the CLI). */
export const columnMappingSchema = z
	.record(z.string().min(1).max(200), importFieldSchema)
	.refine((m) => Object.keys(m).length <= 200, "at most 200 columns");

export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** The fields that make a row an order line. */
export const ORDER_FIELDS: readonly ImportField[] = ["date", "amount", "currency", "reference", "cancelled"];

/** The fields that can identify the customer of a row. */
export const KEY_FIELDS: readonly ImportField[] = [
	"customer",
	"account",
	"email",
	"domain",
	"website",
	"phone",
];
