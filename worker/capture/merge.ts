import { companyNameKey } from "../../shared/normalize";
import type { FieldConflict } from "../../shared/schema/customer";
import type { InquirySignals } from "../../shared/schema/signals";
import { type CustomerSignals, MAX_INQUIRIES } from "../customers/scoring";
import type { CustomerRow } from "../customers/view";
import type { contacts } from "../db/schema";
import type { NormalizedCapture, NormalizedCompany, NormalizedContact } from "./normalize-capture";

export type { FieldConflict };

type CompanyColumns = Pick<
	CustomerRow,
	"name" | "nameSource" | "domain" | "website" | "country" | "buyerType" | "size"
>;

/** The name of a new customer: the company's, else the best stand-in, and where it came from. */
export function initialName(capture: NormalizedCapture): { name: string; nameSource: string } {
	const { company, contact, keys } = capture;
	const candidates: Array<[string | undefined, string]> = [
		[company.name, "company"],
		[contact.name, "contact"],
		[company.domain, "domain"],
		[contact.email, "email"],
		[contact.phone ?? contact.whatsapp, "phone"],
		[keys.find((k) => k.kind === "buyer_id")?.value, "buyer_id"],
	];
	for (const [name, nameSource] of candidates) if (name) return { name, nameSource };
	return { name: "Unnamed customer", nameSource: "contact" };
}

/** The company fields that fill empty columns (the name has its own rule). */
const FILLED_COMPANY_FIELDS = ["domain", "website", "country", "buyerType", "size"] as const;

/**
 * Field by field: empty fields are filled; a field that already has a different value keeps it
 * and the offer is reported as a conflict. Only a stand-in name gives way to a real company name.
 */
export function mergeCompany(
	existing: CompanyColumns,
	company: NormalizedCompany,
): { set: Partial<CompanyColumns>; conflicts: FieldConflict[] } {
	const set: Partial<CompanyColumns> = {};
	const conflicts: FieldConflict[] = [];
	if (company.name !== undefined && companyNameKey(company.name) !== companyNameKey(existing.name)) {
		if (existing.nameSource === "company" || existing.nameSource === "user") {
			conflicts.push({ field: "company.name", kept: existing.name, offered: company.name });
		} else {
			set.name = company.name;
			set.nameSource = "company";
		}
	}
	const filled = fillEmpty(existing, company, FILLED_COMPANY_FIELDS, "company");
	return { set: { ...set, ...filled.set }, conflicts: [...conflicts, ...filled.conflicts] };
}

type ContactRow = typeof contacts.$inferSelect;
/** The contact fields a capture fills in (imports/written-columns.ts names their columns). */
export const CONTACT_FIELDS = [
	"name",
	"email",
	"phone",
	"phoneAsWritten",
	"whatsapp",
	"wechat",
	"skype",
	"title",
] as const;
type ContactFields = Pick<ContactRow, (typeof CONTACT_FIELDS)[number]>;

/** The customer's contact that is this person: same email, or same phone, or (with neither) same name. */
export function sameContact(existing: ContactRow[], contact: NormalizedContact): ContactRow | undefined {
	const phones = [contact.phone, contact.whatsapp].filter((p): p is string => p !== undefined);
	const byEmail = contact.email && existing.find((c) => c.email === contact.email);
	if (byEmail) return byEmail;
	const byPhone = existing.find((c) => phones.some((p) => p === c.phone || p === c.whatsapp));
	if (byPhone) return byPhone;
	if (contact.email || phones.length > 0 || !contact.name) return undefined;
	const name = contact.name.toLowerCase();
	return existing.find((c) => c.name?.toLowerCase() === name);
}

export function mergeContact(
	existing: ContactFields,
	contact: NormalizedContact,
): { set: Partial<ContactFields>; conflicts: FieldConflict[] } {
	return fillEmpty(existing, contact, CONTACT_FIELDS, "contact");
}

/**
 * Each offered field fills the existing one when that is empty; a field that already has another
 * value (ignoring case) keeps it, and the offer is reported as a conflict on `<prefix>.<key>`.
 */
function fillEmpty<K extends string>(
	existing: Record<K, string | null>,
	offered: Partial<Record<K, string>>,
	keys: readonly K[],
	prefix: string,
): { set: Partial<Record<K, string>>; conflicts: FieldConflict[] } {
	const set: Partial<Record<K, string>> = {};
	const conflicts: FieldConflict[] = [];
	for (const key of keys) {
		const value = offered[key];
		if (value === undefined) continue;
		const kept = existing[key];
		if (kept === null) set[key] = value;
		else if (kept.toLowerCase() !== value.toLowerCase())
			conflicts.push({ field: `${prefix}.${key}`, kept, offered: value });
	}
	return { set, conflicts };
}

/** Platform signals: the newest capture wins per field. Inquiries: one per interaction, newest last. */
export function mergeSignals(existing: CustomerSignals, capture: NormalizedCapture): CustomerSignals {
	const platform = { ...existing.platform, ...capture.signals?.platform };
	const inquiry = capture.signals?.inquiry;
	if (inquiry === undefined) return { platform, inquiries: existing.inquiries };
	const key = capture.thread ? `${capture.source}:${capture.thread.externalId}` : undefined;
	const kept = key === undefined ? existing.inquiries : existing.inquiries.filter((i) => i.key !== key);
	const added: InquirySignals & { key?: string } = key === undefined ? { ...inquiry } : { ...inquiry, key };
	return { platform, inquiries: [...kept, added].slice(-MAX_INQUIRIES) };
}
