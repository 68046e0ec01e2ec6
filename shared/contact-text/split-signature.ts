import { isAddressLine } from "./address";
import { countryOfPlaceLine } from "./country-in-text";
import { findInternationalPhones } from "./free-scan";
import { findLabels } from "./labels";
import { isClosingLine, textAfterClosing } from "./lexicon";
import { isCompanyLine, isTitleLine, personName } from "./line-kinds";

const MAX_SIGNATURE_LINES = 14;
const MAX_LINE_LENGTH = 160;

/**
 * Splits a message body into the text and the sender's signature: after an RFC 3676 "-- " line,
 * else from a closing ("Best regards", "Saludos", "此致", "مع تحياتي") followed by a short block
 * of contact-like lines, else a trailing block of contact lines (name, title, phone, email …).
 */
export function splitSignature(body: string): { body: string; signature: string } {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
	const start = delimiterStart(lines) ?? closingStart(lines) ?? trailingBlockStart(lines);
	if (start === null) return { body: body.trim(), signature: "" };
	const skip = /^--\s?$/.test(lines[start] ?? "") ? 1 : 0;
	return {
		body: lines.slice(0, start).join("\n").trim(),
		signature: lines
			.slice(start + skip)
			.join("\n")
			.trim(),
	};
}

function delimiterStart(lines: readonly string[]): number | null {
	for (let index = lines.length - 1; index >= 0; index--) {
		if (!/^--\s?$/.test(lines[index] ?? "")) continue;
		const rest = nonEmpty(lines.slice(index + 1));
		return rest.length > 0 && rest.length <= MAX_SIGNATURE_LINES * 2 ? index : null;
	}
	return null;
}

function closingStart(lines: readonly string[]): number | null {
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index] ?? "";
		if (!isClosingLine(line) && textAfterClosing(line) === null) continue;
		const rest = nonEmpty(lines.slice(index + 1));
		const ownText = textAfterClosing(line);
		if (!isSignatureBlock(ownText === null ? rest : [ownText, ...rest])) continue;
		let start = index;
		while (start > 0 && isClosingLine(lines[start - 1] ?? "")) start--;
		return start;
	}
	return null;
}

/** A closing's tail: a name alone, or a few lines most of which read as contact details. */
function isSignatureBlock(rest: readonly string[]): boolean {
	if (rest.length === 0 || rest.length > MAX_SIGNATURE_LINES) return false;
	if (rest.some((line) => line.length > MAX_LINE_LENGTH)) return false;
	if (rest.length <= 2) return rest.some((line) => personName(line) !== null || isContactLine(line));
	const contact = rest.filter(isContactLine).length;
	return contact * 2 >= rest.length;
}

function trailingBlockStart(lines: readonly string[]): number | null {
	let end = lines.length;
	while (end > 0 && (lines[end - 1] ?? "").trim() === "") end--;
	let start = end;
	while (start > 0 && end - start < MAX_SIGNATURE_LINES && isContactLine(lines[start - 1] ?? "")) start--;
	const block = lines.slice(start, end);
	const strong = block.filter(isStrongContactLine).length;
	if (block.length < 2 || strong === 0 || start === 0) return null;
	return start;
}

function isContactLine(line: string): boolean {
	const text = line.trim();
	if (text === "" || text.length > MAX_LINE_LENGTH) return false;
	return (
		isStrongContactLine(text) ||
		isCompanyLine(text) ||
		isTitleLine(text) ||
		isAddressLine(text) ||
		personName(text) !== null ||
		countryOfPlaceLine(text) !== null ||
		text.split(/\s+[|│•·]\s+/).some((part) => isTitleLine(part) || isCompanyLine(part))
	);
}

function isStrongContactLine(line: string): boolean {
	const text = line.trim();
	if (text.length > MAX_LINE_LENGTH) return false;
	return (
		(findLabels(text).length > 0 && text.length < 120) ||
		/^\S+@\S+\.\S+$/.test(text) ||
		/(?:^|\s)(?:https?:\/\/|www\.)\S+$/i.test(text) ||
		findInternationalPhones(text).length > 0
	);
}

function nonEmpty(lines: readonly string[]): string[] {
	return lines.map((line) => line.trim()).filter((line) => line !== "");
}
