import { CONTACT_FIELDS } from "../capture/merge";
import type { CustomerRow } from "../customers/view";
import { contacts } from "../db/schema";
import type { ContactRow } from "./plan-customers";

/** The customer columns an import sets, on the customers it creates and on those it merges into. */
export const CUSTOMER_COLUMNS = [
	"name",
	"name_source",
	"domain",
	"country",
	"website",
	"buyer_type",
	"size",
	"status",
	"owner_id",
	"owner_since",
	"last_order_at",
] as const;

/** A customer's values for CUSTOMER_COLUMNS, in their order. */
export const customerValues = (c: CustomerRow): unknown[] => [
	c.name,
	c.nameSource,
	c.domain,
	c.country,
	c.website,
	c.buyerType,
	c.size,
	c.status,
	c.ownerId,
	c.ownerSince,
	c.lastOrderAt,
];

/**
 * The contact columns an import sets, on the contacts it adds and on those it fills in: the fields
 * captures merge, by the column names the schema gives them (phoneAsWritten → phone_as_written).
 */
export const CONTACT_COLUMNS = CONTACT_FIELDS.map((field) => contacts[field].name);

/** A contact's values for CONTACT_COLUMNS, in their order. */
export const contactValues = (c: ContactRow): unknown[] => CONTACT_FIELDS.map((key) => c[key]);
