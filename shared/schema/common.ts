import { z } from "zod";
import { plainName } from "../normalize/display-text";
import { LIMITS } from "./limits";

export const tierSchema = z.enum(["platinum", "gold", "iron", "lead"]);
export type Tier = z.infer<typeof tierSchema>;

export const roleSchema = z.enum(["admin", "manager", "sales"]);
export type Role = z.infer<typeof roleSchema>;

export const customerStatusSchema = z.enum(["lead", "prospect", "active", "dormant", "lost"]);
export type CustomerStatus = z.infer<typeof customerStatusSchema>;

export const buyerTypeSchema = z.enum([
	"brand_owner",
	"importer",
	"distributor",
	"wholesaler",
	"retailer",
	"individual",
]);
export type BuyerType = z.infer<typeof buyerTypeSchema>;

export const companySizeSchema = z.enum(["micro", "small", "medium", "large", "enterprise"]);
export type CompanySize = z.infer<typeof companySizeSchema>;

export const captureSourceSchema = z.enum(["gmail", "alibaba", "eml", "selection", "manual", "import"]);
export type CaptureSource = z.infer<typeof captureSourceSchema>;

export const identityKindSchema = z.enum(["email", "domain", "buyer_id", "phone", "account"]);
export type IdentityKind = z.infer<typeof identityKindSchema>;

/** Trimmed, length-limited text; empty strings become undefined so "" never overwrites a value. */
export const text = (max: number = LIMITS.shortText) =>
	z
		.string()
		.max(max)
		.transform((s) => s.trim())
		.pipe(z.string())
		.optional()
		.transform((s) => (s ? s : undefined));

/**
 * A user-supplied email address: surrounding spaces (pasted or copied from a page) are trimmed
 * before it is checked, so " Buyer@Acme.com " is accepted as "Buyer@Acme.com".
 */
export const emailAddress = () => z.string().trim().pipe(z.email().max(LIMITS.email));

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const currencyCode = z
	.string()
	.regex(/^[A-Za-z]{3}$/, "ISO 4217 currency code, e.g. USD")
	.transform((s) => s.toUpperCase());
export const id = z.string().min(1).max(64);

/**
 * A name (person, company, team, member): like `text`, and without bidi controls or zero-width
 * characters (normalize/display-text.ts), so what is stored displays as what it is.
 */
export const nameText = (max: number = LIMITS.name) =>
	z
		.string()
		.max(max)
		.transform(plainName)
		.optional()
		.transform((s) => (s ? s : undefined));

/** A required name: at least one visible character once invisible ones are dropped. */
export const requiredName = (max: number = LIMITS.name) =>
	z.string().max(max).transform(plainName).pipe(z.string().min(1, "The name is empty"));

/** Only http(s) URLs are stored anywhere: never javascript:, data: or file:. */
export const webUrl = (max = 2000) => z.url({ protocol: /^https?$/, normalize: false }).max(max);

/** Orders and interactions happen between 1970 and one year ahead; anything else is a typo or an attack. */
export function inDateWindow(value: string, now = Date.now()): boolean {
	const at = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
	return Number.isFinite(at) && at >= 0 && at <= now + 366 * 86_400_000;
}
const DATE_WINDOW_MESSAGE = "Must be between 1970-01-01 and one year from today";

/** isoDate / isoDateTime within the window (orders, interactions). */
export const windowDate = isoDate.refine((v) => inDateWindow(v), DATE_WINDOW_MESSAGE);
export const windowDateTime = isoDateTime.refine((v) => inDateWindow(v), DATE_WINDOW_MESSAGE);
