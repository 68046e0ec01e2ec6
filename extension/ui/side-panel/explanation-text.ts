import { z } from "zod";
import { dictionaries, getLocale, type MessageKey, t } from "../../i18n";
import { formatCountry, formatMoney, formatNumber } from "../format";

/** The engine's translatable sentence (shared/scoring `Message`), read defensively from stored JSON. */
export const messageSchema = z.object({
	key: z.string(),
	params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ExplanationMessage = z.infer<typeof messageSchema>;

function known(key: string): key is MessageKey {
	return Object.hasOwn(dictionaries.en, key);
}

/** A param in the UI language; its name says what it is (see shared/scoring/types.ts `Message`). */
function formatParam(name: string, value: string | number): string | number {
	if (name === "amountUsd" && typeof value === "number") return formatMoney(value, "USD");
	if (name === "country") return formatCountry(String(value));
	if (name === "buyerType" || name === "size") {
		const key = `${name}.${value}`;
		return known(key) ? t(key) : value;
	}
	// Lists travel as comma-separated text: currencies, business types, industries.
	if (name === "currencies" || name === "types" || name === "industries")
		return String(value).split(",").join(listSeparator());
	return typeof value === "number" ? formatNumber(value) : value;
}

function listSeparator(): string {
	return getLocale() === "zh_CN" ? "、" : ", ";
}

/** One message in the UI language, or null when this build does not know its key (a newer engine). */
export function messageText(message: ExplanationMessage): string | null {
	if (!known(message.key)) return null;
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(message.params)) params[name] = formatParam(name, value);
	return t(message.key, params);
}

/**
 * A sentence and the clauses after it ("Last order 5 days ago; at or above 80% of the team's buyers"),
 * or null if any part is unknown, so the caller shows the engine's English instead of half a sentence.
 */
export function messagesText(messages: ExplanationMessage[]): string | null {
	const parts: string[] = [];
	for (const message of messages) {
		const text = messageText(message);
		if (text === null) return null;
		parts.push(text);
	}
	if (parts.length === 0) return null;
	const text = parts.join(getLocale() === "zh_CN" ? "；" : "; ");
	return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

/** Names joined as a list in the UI language: "buyer type, company size" / "买家类型、公司规模". */
export function listText(messages: ExplanationMessage[]): string | null {
	const parts = messages.map(messageText);
	return parts.every((p): p is string => p !== null) ? parts.join(listSeparator()) : null;
}
