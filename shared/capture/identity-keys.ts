import { normalizeEmail } from "../normalize/email";
import { normalizePhone } from "../normalize/phone";
import { corporateDomain } from "./corporate-domain";
import type { IdentityKey, KeyKind } from "./keys";

export interface IdentityInput {
	email?: string;
	domain?: string;
	website?: string;
	phone?: string;
	whatsapp?: string;
	buyerId?: string;
	defaultCountry?: string;
}

/**
 * The keys two records of one customer would share: the email, the company's corporate domain
 * (from email, website or domain), phone and WhatsApp in E.164 (both kind "phone"), and the
 * trade-platform buyer id. Deduplicated, invalid parts skipped.
 */
export function identityKeys(input: IdentityInput): IdentityKey[] {
	const keys: IdentityKey[] = [];
	const add = (kind: KeyKind, value: string | null | undefined): void => {
		if (!value || keys.some((key) => key.kind === kind && key.value === value)) return;
		keys.push({ kind, value });
	};
	const email = input.email === undefined ? null : normalizeEmail(input.email);
	add("email", email);
	for (const source of [email, input.website, input.domain]) add("domain", corporateDomain(source));
	for (const phone of [input.phone, input.whatsapp]) {
		if (phone) add("phone", normalizePhone(phone, input.defaultCountry));
	}
	add("buyer_id", normalizeBuyerId(input.buyerId));
	return keys;
}

/** A platform buyer id as stored and looked up: trimmed, lower-cased; null when empty. */
export function normalizeBuyerId(raw: string | null | undefined): string | null {
	const value = raw?.trim().toLowerCase();
	return value ? value : null;
}
