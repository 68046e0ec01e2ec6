import { normalizeEmail } from "../../../shared/normalize/email";
import { type Facts, type Layer, setFact } from "./facts";
import { cleanText, internationalPhone, isMasked } from "./values";

/** An email as shown: masked → kept in `masked.email` as is; valid → `buyer.email`; else nothing. */
export function setEmail(facts: Facts, shown: string, source: Layer): void {
	const text = cleanText(shown);
	if (text === "") return;
	if (isMasked(text)) setFact(facts, "masked.email", text, source);
	else setFact(facts, "buyer.email", normalizeEmail(text), source);
}

/** A phone as shown: masked → `masked.phone`; a valid number → E.164 in `buyer.phone`. */
/** A phone as shown: masked → `masked.phone`; an international number → "+digits" in `buyer.phone`. */
export function setPhone(facts: Facts, shown: string, source: Layer): void {
	const text = cleanText(shown);
	if (text === "") return;
	if (isMasked(text)) setFact(facts, "masked.phone", text, source);
	else setFact(facts, "buyer.phone", internationalPhone(text), source);
}

export function setWhatsapp(facts: Facts, shown: string, source: Layer): void {
	const text = cleanText(shown);
	if (text === "" || isMasked(text)) return;
	setFact(facts, "buyer.whatsapp", internationalPhone(text), source);
}

/** A person's name as shown: no digits, no "@", not too long. */
export function looksLikeName(text: string): boolean {
	const value = cleanText(text);
	return value.length >= 2 && value.length <= 80 && !/[\d@:/|]/.test(value);
}

const COMPANY =
	/\b(?:llc|l\.l\.c\.?|ltd\.?|limited|inc\.?|corp\.?|co\.|company|gmbh|s\.?a\.?s?|sarl|s\.? de r\.?l\.?|s\.?a\.? de c\.?v\.?|trading|group|industries|enterprises?|fze|fzco|fz-llc|est\.?|establishment|import\w*|export\w*|distribu\w*|wholesale|hospitality)(?![a-z])|有限公司|公司|集团|商行|贸易|شركة|مؤسسة/i;

/** A company name as shown ("Al Noor Building Materials Trading LLC", "深圳市…有限公司"). */
export function looksLikeCompany(text: string): boolean {
	const value = cleanText(text);
	return value.length >= 3 && value.length <= 200 && COMPANY.test(value);
}
