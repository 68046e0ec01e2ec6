/**
 * The text of a CSV file's bytes, whatever spreadsheet wrote it: UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with BOM: Excel's "Unicode Text"), GB18030/GBK (Chinese Excel's "CSV") or
 * Windows-1252 (Western Excel's "CSV"). The team page and POST /v1/imports both decode through
 * here, so a file reads the same in the preview and in the import.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	/** How the encoding was chosen. */
	by: "bom" | "declared" | "detected";
}

/** A declared charset the decoder does not know, or bytes that are not in the declared charset. */
export class TextDecodingError extends Error {
	override name = "TextDecodingError";
}

const BOMS: Array<{ bytes: number[]; encoding: TextEncodingName }> = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
	{ bytes: [0xff, 0xfe], encoding: "utf-16le" },
	{ bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Charset labels (as in `Content-Type: text/csv; charset=…`) → the decoder; Chinese labels all mean GB18030, its superset. */
const LABELS: Record<string, TextEncodingName> = {
	"utf-8": "utf-8",
	utf8: "utf-8",
	"us-ascii": "utf-8",
	ascii: "utf-8",
	"utf-16le": "utf-16le",
	"utf-16": "utf-16le",
	"utf-16be": "utf-16be",
	gb18030: "gb18030",
	gbk: "gb18030",
	gb2312: "gb18030",
	cp936: "gb18030",
	"x-gbk": "gb18030",
	"windows-1252": "windows-1252",
	cp1252: "windows-1252",
	"iso-8859-1": "windows-1252",
	latin1: "windows-1252",
};

export const CHARSET_LABELS = Object.keys(LABELS);

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
	const found = BOMS.find((bom) => bom.bytes.every((b, i) => bytes[i] === b));
	return found ? { encoding: found.encoding, length: found.bytes.length } : null;
}

/** Whether the bytes decode in `encoding` without error; a sample may end inside a character. */
function decodes(bytes: Uint8Array, encoding: TextEncodingName, sample: boolean): boolean {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: sample });
		return true;
	} catch {
		return false;
	}
}

/**
 * GB18030 or Windows-1252, for bytes that are not UTF-8. Chinese text is pairs of high bytes
 * (every GB2312 character: lead 0x81–0xFE, trail 0x80–0xFE); Western text has a high byte between
 * ASCII letters ("Müller" = 4D FC 6C …). GB18030 when at least 90% of the high bytes pair up and the
 * bytes decode as GB18030 without error; Windows-1252 otherwise (it decodes any byte).
 */
export function guessLegacyEncoding(bytes: Uint8Array, sample = false): "gb18030" | "windows-1252" {
	let high = 0;
	let paired = 0;
	for (let i = 0; i < bytes.length; i++) {
		const lead = bytes[i] ?? 0;
		if (lead < 0x80) continue;
		const trail = bytes[i + 1] ?? 0;
		if (lead >= 0x81 && lead <= 0xfe && trail >= 0x80 && trail <= 0xfe) {
			high += 2;
			paired += 2;
			i++;
		} else if (lead >= 0x81 && lead <= 0xfe && trail >= 0x30 && trail <= 0x39) {
			// GB18030's four-byte form: lead, digit, high, digit.
			high += 2;
			paired += 2;
			i += 3;
		} else high++;
	}
	if (high === 0 || paired < high * 0.9) return "windows-1252";
	return decodes(bytes, "gb18030", sample) ? "gb18030" : "windows-1252";
}

/**
 * The encoding of a file's bytes, as decodeText would read them without a declared charset;
 * `sample`: the bytes are the file's first bytes only (the import CLI streams the rest).
 */
export function detectEncoding(bytes: Uint8Array, sample = false): TextEncodingName {
	const bom = bomOf(bytes);
	if (bom) return bom.encoding;
	return decodes(bytes, "utf-8", sample) ? "utf-8" : guessLegacyEncoding(bytes, sample);
}

/** The encoding a charset label names, or a TextDecodingError naming the ones understood. */
export function encodingOfLabel(label: string): TextEncodingName {
	const encoding = LABELS[label.trim().toLowerCase().replace(/^"|"$/g, "")];
	if (!encoding)
		throw new TextDecodingError(
			`The charset "${label}" is not supported; send UTF-8, UTF-16, GB18030/GBK or Windows-1252`,
		);
	return encoding;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
	return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? "")?.[2];
}

/**
 * Decodes a file's bytes: a BOM decides first, then a declared charset (decoded strictly: bytes
 * that are not in it are a TextDecodingError, never replacement characters), else valid UTF-8
 * (pure ASCII included) is UTF-8, else GB18030 or Windows-1252 (guessLegacyEncoding).
 */
export function decodeText(input: ArrayBuffer | Uint8Array, declared?: string): DecodedText {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	const bom = bomOf(bytes);
	if (bom)
		return { text: decode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, by: "bom" };
	if (declared !== undefined) {
		const encoding = encodingOfLabel(declared);
		return { text: decode(bytes, encoding), encoding, by: "declared" };
	}
	const encoding = detectEncoding(bytes);
	return { text: decode(bytes, encoding), encoding, by: "detected" };
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new TextDecodingError(`The file is not valid ${encoding.toUpperCase()} text`);
	}
}
