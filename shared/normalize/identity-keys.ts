import { normalizeEmail } from "./email";
import { isFreeMailDomain } from "./free-mail";
import { normalizePhone } from "./phone";
import { registrableDomain } from "./registrable-domain";
import { isSharedPlatformDomain } from "./shared-platform-domains";

export type IdentityKeyKind = "email" | "domain" | "buyer_id" | "phone";
export interface IdentityKey {
	kind: IdentityKeyKind;
	value: string;
}

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
 * The keys two records of one customer would share: the email, the company's registrable
 * domain (from email, website or domain; never a free-mail provider's or a shared platform's
 * such as alibaba.com), phone and WhatsApp in
 * E.164 (both kind "phone"), and the trade-platform buyer id. Deduplicated, invalid parts skipped.
 */
export function identityKeys(input: IdentityInput): IdentityKey[] {
	const keys: IdentityKey[] = [];
	const add = (kind: IdentityKeyKind, value: string | null | undefined): void => {
		if (!value || keys.some((key) => key.kind === kind && key.value === value)) return;
		keys.push({ kind, value });
	};
	const email = input.email === undefined ? null : normalizeEmail(input.email);
	add("email", email);
	for (const source of [email, input.website, input.domain]) {
		if (!source) continue;
		const domain = registrableDomain(source);
		if (domain !== null && !isFreeMailDomain(domain) && !isSharedPlatformDomain(domain))
			add("domain", domain);
	}
	for (const phone of [input.phone, input.whatsapp]) {
		if (phone) add("phone", normalizePhone(phone, input.defaultCountry));
	}
	add("buyer_id", input.buyerId?.trim().toLowerCase());
	return keys;
}
