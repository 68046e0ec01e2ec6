import { normalizeEmail } from "../normalize/email";
import { normalizePhone, phoneCountry } from "../normalize/phone";
import { isAddressLine } from "./address";
import { countryOfAddress, countryOfPlaceLine } from "./country-in-text";
import { countryOfDomain } from "./country-of-domain";
import {
	addWebsite,
	findEmails,
	findInternationalPhones,
	findSkypeLink,
	findWebsites,
	findWhatsAppLinks,
} from "./free-scan";
import { type LabelledValue, readLabelled, type TextLine, toLines } from "./labelled-fields";
import { isClosingLine, textAfterClosing } from "./lexicon";
import { isCompanyLine, isTitleLine, personName } from "./line-kinds";
import { findNationalPhones, isPhoneLine } from "./phone-line";
import type { FieldKind, ParsedContact } from "./types";

export interface ContactTextOptions {
	/** The sender's address: its country domain implies the country of numbers without a code. */
	senderEmail?: string;
	/** The team's default country, when neither the text nor the sender's domain implies one. */
	defaultCountry?: string;
}

/**
 * Contact details in free text: an email signature, or a selection on any web page.
 * Never guesses: every field is something the text shows. Phones without a country code are
 * read with the country the text implies (an address, a place, another number's code), else the
 * sender's domain, else the team's default; with none, they are kept as written. Never throws.
 */
export function parseContactText(text: string, options: ContactTextOptions = {}): ParsedContact {
	const lines = toLines(text);
	const { values, lines: textLines } = readLabelled(lines);
	const first = (kind: FieldKind): LabelledValue | undefined =>
		values.find((value) => value.kinds.includes(kind));
	const used = new Set<number>();

	const structure = readStructure(textLines, used);
	const addressValue = first("address");
	const address = addressValue ? withContinuation(addressValue, textLines, used) : structure.address;
	const country =
		(address ? countryOfAddress(address) : null) ?? placeCountry(used, structure.region) ?? undefined;
	const hint =
		country ??
		phoneCountryOf(findInternationalPhones(text)[0]) ??
		countryOfDomain(options.senderEmail) ??
		options.defaultCountry;
	const asWritten: string[] = [];

	const faxes = phonesOf(values, "fax", hint);
	const phones = phonesOf(values, "phone", hint, asWritten);
	// "Contact: +86 …" is a number, "Contact: Sarah Lee" a name.
	for (const value of values) {
		if (value.kinds.includes("name") && /^[+(\d]/.test(value.value)) {
			const phone = normalizePhone(value.value, hint);
			if (phone !== null) phones.push(phone);
		}
	}
	for (const line of textLines) {
		if (line.unlabelled === "") continue;
		const international = findInternationalPhones(line.unlabelled);
		phones.push(...international);
		if (international.length > 0 || !isPhoneLine(line.unlabelled)) continue;
		for (const written of findNationalPhones(line.unlabelled)) {
			const phone = normalizePhone(written, hint);
			if (phone !== null) phones.push(phone);
			else asWritten.push(written);
		}
	}
	const whatsapp = phonesOf(values, "whatsapp", hint)[0] ?? findWhatsAppLinks(text)[0];

	const result: ParsedContact = {
		emails: emailsOf(values, text),
		phones: unique(phones).filter(
			(phone) => !faxes.includes(phone) || phonesOf(values, "phone").includes(phone),
		),
		websites: websitesOf(values, text),
	};
	if (asWritten.length > 0) result.phonesAsWritten = unique(asWritten);
	assign(result, "whatsapp", whatsapp);
	assign(result, "wechat", wechatOf(first("wechat")?.value, country));
	assign(result, "skype", first("skype")?.value.split(/\s+/)[0] ?? findSkypeLink(text));
	const labelledName = values.find((value) => value.kinds.includes("name") && !/[\d@]/.test(value.value));
	assign(result, "name", labelledName?.value ?? structure.name);
	assign(result, "title", first("title")?.value ?? structure.title);
	assign(result, "company", first("company")?.value ?? structure.company);
	assign(result, "address", address);
	const phoneBased = [...result.phones, whatsapp].map((phone) => (phone ? phoneCountry(phone) : null));
	assign(result, "country", country ?? phoneBased.find((code) => code !== null) ?? undefined);
	return result;
}

interface Structure {
	name?: string;
	title?: string;
	company?: string;
	address?: string;
	/** Lines that may hold the signature: after the last closing, or all of them. */
	region: TextLine[];
}

/** Name, title, company and address from unlabelled lines, by what each line reads as. */
function readStructure(lines: readonly TextLine[], used: Set<number>): Structure {
	const closing = lastClosing(lines);
	const after = closing === -1 ? [...lines] : lines.slice(closing + 1);
	const region = after.some((line) => line.text !== "") ? after : [...lines];
	const found: Structure = { region };
	const candidates = region.filter((line) => isStructureCandidate(line.unlabelled));
	const closingName = closing === -1 ? null : textAfterClosing(lines[closing]?.text ?? "");
	if (closingName !== null) found.name = personName(closingName) ?? undefined;
	const firstLine = region.find((line) => line.text !== "");
	for (const line of candidates) {
		const text = line.unlabelled.trim();
		if (found.name === undefined && line === firstLine && splitNameAndTitle(text, found)) {
			used.add(line.index);
		} else if (found.company === undefined && isCompanyLine(text)) {
			found.company = text.replace(/[,，]$/, "");
		} else if (found.title === undefined && isTitleLine(text)) {
			found.title = text.replace(/[,，]$/, "");
		} else if (found.address === undefined && isAddressLine(text)) {
			found.address = withContinuation({ kinds: ["address"], value: text, line: line.index }, lines, used);
		} else if (
			found.name === undefined &&
			line === firstLine &&
			(closing !== -1 || hasContactSignal(region))
		) {
			found.name = personName(text) ?? undefined;
		} else if (found.company === undefined && isOrganisationUnderTitle(line, lines, found)) {
			found.company = text;
		} else continue;
		used.add(line.index);
	}
	return found;
}

/**
 * A title block ("John E. Doe, Ph.D. / President / Xxx Research / …"): the short capitalised
 * line right under the title names the organisation, even without a legal form.
 */
function isOrganisationUnderTitle(line: TextLine, lines: readonly TextLine[], found: Structure): boolean {
	const above = lines[line.index - 1];
	const text = line.unlabelled.trim();
	return (
		found.title !== undefined &&
		above !== undefined &&
		above.unlabelled.trim() === found.title &&
		text.length <= 60 &&
		text.split(/\s+/).length <= 6 &&
		/^\p{Lu}/u.test(text) &&
		!/[.?!:：。]$/.test(text) &&
		countryOfPlaceLine(text) === null &&
		!isAddressLine(text)
	);
}

/** "Lily Wang | Sales Manager", "Juan Pérez - Gerente de Compras": a name and a title on one line. */
function splitNameAndTitle(text: string, found: Structure): boolean {
	const parts = text.split(/\s[-–—/]\s|,\s*|，/).map((part) => part.trim());
	if (parts.length !== 2) return false;
	const [left = "", right = ""] = parts;
	const name = personName(left) ?? personName(right);
	const title = isTitleLine(right) ? right : isTitleLine(left) ? left : null;
	if (name === null || title === null || name === title) return false;
	found.name = name;
	found.title = title;
	return true;
}

function isStructureCandidate(text: string): boolean {
	const trimmed = text.trim();
	return (
		trimmed !== "" && !/@|https?:\/\/|www\./i.test(trimmed) && findInternationalPhones(trimmed).length === 0
	);
}

function hasContactSignal(lines: readonly TextLine[]): boolean {
	return lines.some(
		(line) =>
			line.text !== line.unlabelled ||
			/@/.test(line.text) ||
			findInternationalPhones(line.text).length > 0 ||
			isTitleLine(line.text) ||
			isCompanyLine(line.text),
	);
}

function lastClosing(lines: readonly TextLine[]): number {
	for (let index = lines.length - 1; index >= 0; index--) {
		const text = lines[index]?.text ?? "";
		if (isClosingLine(text) || textAfterClosing(text) !== null) return index;
	}
	return -1;
}

/** An address value and the lines that continue it (the previous part ends with a comma). */
function withContinuation(start: LabelledValue, lines: readonly TextLine[], used: Set<number>): string {
	let address = start.value;
	for (let index = start.line + 1; index < lines.length; index++) {
		const next = lines[index];
		if (!next || next.text === "" || next.unlabelled !== next.text || !/[,，،]$/.test(address)) break;
		if (!isStructureCandidate(next.text)) break;
		address = `${address} ${next.text}`;
		used.add(index);
	}
	return address.replace(/[,，،]$/, "");
}

function placeCountry(used: Set<number>, region: readonly TextLine[]): string | null {
	for (const line of region) {
		if (used.has(line.index) || !isStructureCandidate(line.unlabelled) || line.unlabelled !== line.text)
			continue;
		const country = countryOfPlaceLine(line.text);
		if (country !== null) return country;
	}
	return null;
}

/** Labelled numbers; those that do not parse go to `asWritten` when given (phone-shaped only). */
function phonesOf(
	values: readonly LabelledValue[],
	kind: FieldKind,
	country?: string,
	asWritten?: string[],
): string[] {
	const phones: string[] = [];
	for (const value of values) {
		if (!value.kinds.includes(kind)) continue;
		let defaultCountry = country;
		for (const part of value.value.split(/[,;，；、]|\s\/\s|\/(?=\s*[+(0])|\bor\b|或/i)) {
			const phone = normalizePhone(part, defaultCountry);
			if (phone === null) {
				if (asWritten && isPhoneLine(part)) asWritten.push(...findNationalPhones(part));
				continue;
			}
			phones.push(phone);
			defaultCountry = phoneCountry(phone) ?? defaultCountry;
		}
	}
	return unique(phones);
}

function emailsOf(values: readonly LabelledValue[], text: string): string[] {
	const labelled = values
		.filter((value) => value.kinds.includes("email"))
		.map((value) => normalizeEmail(value.value.split(/[\s,;]/)[0] ?? ""));
	return unique([...labelled.filter((email): email is string => email !== null), ...findEmails(text)]);
}

function websitesOf(values: readonly LabelledValue[], text: string): string[] {
	const websites: string[] = [];
	for (const value of values) {
		if (value.kinds.includes("website")) addWebsite(websites, value.value.split(/\s+/)[0] ?? "");
	}
	for (const website of findWebsites(text)) addWebsite(websites, website);
	return websites;
}

function wechatOf(value: string | undefined, country?: string): string | undefined {
	if (value === undefined) return undefined;
	if (/^[+(\d]/.test(value)) {
		const phone = normalizePhone(value.split(/[,;，；]/)[0] ?? "", country);
		if (phone !== null) return phone;
	}
	return /^[A-Za-z][\w-]{3,29}/.exec(value)?.[0] ?? /^\d{5,20}/.exec(value)?.[0];
}

function assign<K extends keyof ParsedContact>(
	target: ParsedContact,
	key: K,
	value: ParsedContact[K] | undefined,
): void {
	if (value !== undefined && value !== "") target[key] = value;
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}

function phoneCountryOf(e164: string | undefined): string | undefined {
	return e164 === undefined ? undefined : (phoneCountry(e164) ?? undefined);
}
