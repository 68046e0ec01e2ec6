import { isAddressLine } from "./address";
import { countryOfPlaceLine } from "./country-in-text";
import { findInternationalPhones } from "./free-scan";
import { findLabels } from "./labels";
import { isClosingLine, textAfterClosing } from "./lexicon";
import { isCompanyLine, isTitleLine, personName } from "./line-kinds";
import { isPhoneLine } from "./phone-line";

const MAX_SIGNATURE_LINES = 14;
const MAX_LINE_LENGTH = 160;

/** "-- " (RFC 3676), "—", or a row of dashes, underscores or equals signs. */
const SEPARATOR = /^\s*(?:--\s?|[—–]{1,3}|[-_=~*]{3,})\s*$/;
/** "Sent from my iPhone", "Carlos via mobile", "发自我的手机" and their kind, in our languages. */
const MOBILE_LINE =
	/^(?:sent from (?:my|the)\b.{0,40}|sent (?:from|via|with) .{0,30}(?:mobile|phone|iphone|ipad|android|blackberry|outlook|sparrow).{0,20}|.{1,60}\bvia (?:mobile|phone|iphone|android)|get outlook for (?:ios|android)|enviado desde mi\b.{0,40}|enviado do meu\b.{0,40}|envoyé de mon\b.{0,40}|von meinem\b.{0,40}gesendet|inviato da(?:l mio)?\b.{0,40}|(?:发自|来自)我的.{0,20}|從我的.{0,20}傳送|تم الإرسال من\s?.{0,40}|أرسلت من\s?.{0,40}|отправлено (?:с|из)\b.{0,40})$/iu;

export interface SignatureOptions {
	/** The sender's display name: a last paragraph that starts with it is their signature. */
	senderName?: string;
}

/**
 * Splits a message body into the text and the sender's signature, found by what it is: at the
 * bottom of the reply, after a separator ("-- ", "—", a row of dashes or underscores), from a
 * sign-off ("Best regards", "Saludos", "此致", "مع تحياتي") or the sender's name followed by
 * a short block dense in contact lines, a "Sent from my iPhone / via mobile / 发自我的手机"
 * line, or a trailing block of contact lines (name, title, company, email, phone, URL, address).
 */
export function splitSignature(
	body: string,
	options: SignatureOptions = {},
): { body: string; signature: string } {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
	const start =
		separatorStart(lines) ??
		closingStart(lines) ??
		senderNameStart(lines, options.senderName) ??
		mobileStart(lines) ??
		trailingBlockStart(lines);
	if (start === null) return { body: body.trim(), signature: "" };
	const skip = SEPARATOR.test(lines[start] ?? "") ? 1 : 0;
	return {
		body: lines.slice(0, start).join("\n").trim(),
		signature: lines
			.slice(start + skip)
			.join("\n")
			.trim(),
	};
}

/** The last separator with a signature-sized block under it ("-- " alone needs no more). */
function separatorStart(lines: readonly string[]): number | null {
	for (let index = lines.length - 1; index > 0; index--) {
		const line = lines[index] ?? "";
		if (!SEPARATOR.test(line)) continue;
		const rest = nonEmpty(lines.slice(index + 1));
		if (rest.length === 0 || rest.length > MAX_SIGNATURE_LINES * 2) return null;
		if (/^--\s?$/.test(line) || isSignatureBlock(rest)) return index;
		return null;
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

/** The last paragraph, when it starts with the sender's name and the rest is contact lines. */
function senderNameStart(lines: readonly string[], senderName: string | undefined): number | null {
	const name = senderName?.trim().toLowerCase();
	if (!name) return null;
	const first = name.split(/\s+/)[0] ?? name;
	for (let index = lines.length - 1; index > 0 && index >= lines.length - MAX_SIGNATURE_LINES - 2; index--) {
		const line = (lines[index] ?? "").trim().toLowerCase();
		if (!line.startsWith(name) && !(line.startsWith(`${first} `) && personName(lines[index] ?? "") !== null))
			continue;
		const rest = nonEmpty(lines.slice(index + 1));
		if (rest.every(isContactLine)) return index;
	}
	return null;
}

/** "Sent from my iPhone" (and a name or contact lines beside it) at the bottom of the reply. */
function mobileStart(lines: readonly string[]): number | null {
	for (let index = lines.length - 1; index > 0; index--) {
		const line = (lines[index] ?? "").trim();
		if (line === "") continue;
		if (!MOBILE_LINE.test(line)) {
			if (isContactLine(line)) continue;
			return null;
		}
		let start = index;
		while (start > 1 && isContactLine(lines[start - 1] ?? "")) start--;
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

/**
 * The bottom paragraph (or the last lines) when it reads as a signature: contact lines, with at
 * most two short lines they do not explain ("Xxx Research" under a title), two of them strong.
 */
function trailingBlockStart(lines: readonly string[]): number | null {
	let end = lines.length;
	while (end > 0 && (lines[end - 1] ?? "").trim() === "") end--;
	let start = end;
	let unexplained = 0;
	while (start > 0 && end - start < MAX_SIGNATURE_LINES) {
		const line = lines[start - 1] ?? "";
		if (line.trim() === "") break;
		if (!isContactLine(line)) {
			if (!isShortLabelLine(line) || ++unexplained > 2) break;
		}
		start--;
	}
	while (start < end && !isContactLine(lines[start] ?? "")) start++;
	const block = lines.slice(start, end);
	const strong = block.filter(isStrongContactLine).length;
	if (block.length < 2 || strong === 0 || start === 0) return null;
	if (unexplained > 0 && strong < 2) return null;
	return start;
}

/** A short capitalised line without sentence punctuation: a department, a firm's name. */
function isShortLabelLine(line: string): boolean {
	const text = line.trim();
	return (
		text.length <= 40 &&
		/^\p{Lu}/u.test(text) &&
		!/[.?!。？！:：]$/.test(text) &&
		text.split(/\s+/).length <= 5
	);
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
		findInternationalPhones(text).length > 0 ||
		isPhoneLine(text)
	);
}

function nonEmpty(lines: readonly string[]): string[] {
	return lines.map((line) => line.trim()).filter((line) => line !== "");
}
