import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParts } from "../../shared/import/split-parts";
import { encodeGbk, encodeUtf16 } from "../../tests/support/encode-legacy";
import { readRecords } from "./read-records";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of items) out.push(item);
	return out;
}

describe("readRecords", () => {
	it("streams a file from disk in the encoding spreadsheets saved it in", async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), "split-parts-"));
		const header = "客户名称,邮箱,国家";
		const body = Array.from({ length: 3000 }, (_, i) => `上海贸易有限公司${i},li${i}@shanghai-trade.cn,中国`);
		for (const [name, bytes] of [
			["gbk.csv", encodeGbk([header, ...body].join("\r\n"))],
			["utf16.csv", encodeUtf16([header, ...body].join("\n"), "le")],
		] as const) {
			await writeFile(path.join(dir, name), bytes);
			const parts = await collect(splitParts(readRecords(path.join(dir, name)), 900_000));
			const lines = parts.flatMap((p) => p.text.split("\n").slice(1));
			expect(parts[0]?.text.split("\n")[0]).toBe(header);
			expect(lines).toEqual(body);
		}
		await rm(dir, { recursive: true, force: true });
	});

	it("streams a file from disk", async () => {
		const file = path.join(import.meta.dirname, "../../tests/fixtures/import/customers.csv");
		const parts = await collect(splitParts(readRecords(file), 900_000));
		expect(parts).toHaveLength(1);
		expect(parts[0]?.text.split("\n")[0]).toBe(
			"Account No,Company Name,Contact,E-mail,Phone,Country,Website,Buyer Type",
		);
	});
});
