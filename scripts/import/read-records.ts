import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { type ReadableStream, TextDecoderStream } from "node:stream/web";
import Papa from "papaparse";
import { detectEncoding, type TextEncodingName } from "../../shared/import/decode-text";

/** Bytes read to tell the file's encoding (as the team page and the API would read it). */
const SAMPLE_BYTES = 64 * 1024;

async function fileEncoding(file: string): Promise<TextEncodingName> {
	const handle = await open(file);
	try {
		const { bytesRead, buffer } = await handle.read(Buffer.alloc(SAMPLE_BYTES), 0, SAMPLE_BYTES, 0);
		return detectEncoding(buffer.subarray(0, bytesRead), true);
	} finally {
		await handle.close();
	}
}

/**
 * The file's records, streamed (quoted cells may span lines, so lines are not records), decoded
 * from what spreadsheets write (UTF-8, UTF-16, GB18030/GBK, Windows-1252; a BOM is dropped).
 */
export async function* readRecords(file: string): AsyncGenerator<string[]> {
	const encoding = await fileEncoding(file);
	const bytes = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
	const text = Readable.fromWeb(bytes.pipeThrough(new TextDecoderStream(encoding)));
	const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
	yield* text.pipe(parser) as AsyncIterable<string[]>;
}
