/**
 * Test fixtures in the encodings spreadsheets write: GB18030/GBK, Windows-1252 and UTF-16 bytes of
 * a string. No encoder ships for them (TextEncoder is UTF-8 only), so the GBK table is read back
 * from TextDecoder itself: every two-byte code, decoded once.
 */
let gbkTable: Map<string, number[]> | undefined;

function gbk(): Map<string, number[]> {
	if (gbkTable) return gbkTable;
	const decoder = new TextDecoder("gb18030");
	gbkTable = new Map();
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(Uint8Array.from([lead, trail]));
			if (char.length === 1 && char !== "\uFFFD" && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
		}
	}
	return gbkTable;
}

export function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
	const out: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x80) out.push(code);
		else {
			const bytes = gbk().get(char);
			if (!bytes) throw new Error(`No GBK code for ${char}`);
			out.push(...bytes);
		}
	}
	return new Uint8Array(out);
}

export function encodeWindows1252(text: string): Uint8Array<ArrayBuffer> {
	const decoder = new TextDecoder("windows-1252");
	const table = new Map<string, number>();
	for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.from([b])), b);
	return new Uint8Array(
		[...text].map((char) => {
			const code = char.codePointAt(0) ?? 0;
			const byte = code < 0x80 ? code : table.get(char);
			if (byte === undefined) throw new Error(`No Windows-1252 code for ${char}`);
			return byte;
		}),
	);
}

/** UTF-16 with its BOM, as Excel's "Unicode Text" writes it. */
export function encodeUtf16(text: string, order: "le" | "be"): Uint8Array<ArrayBuffer> {
	const out = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (order === "le") out.push(unit & 0xff, unit >> 8);
		else out.push(unit >> 8, unit & 0xff);
	}
	return new Uint8Array(out);
}

export function utf8WithBom(text: string): Uint8Array<ArrayBuffer> {
	return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}
