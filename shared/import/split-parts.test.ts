import { describe, expect, it } from "vitest";
import { csvLine, splitParts } from "./split-parts";

async function* records(rows: string[][]) {
	for (const row of rows) yield row;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of items) out.push(item);
	return out;
}

describe("splitParts", () => {
	it("cuts records into parts below the size, each with the header and its first file row", async () => {
		const rows = [["id", "note"], ...Array.from({ length: 10 }, (_, i) => [String(i), "x".repeat(20)])];
		const parts = await collect(splitParts(records(rows), 60));
		expect(parts.map((p) => [p.index, p.firstRow, p.records])).toEqual([
			[0, 2, 2],
			[1, 4, 2],
			[2, 6, 2],
			[3, 8, 2],
			[4, 10, 2],
		]);
		for (const part of parts) {
			expect(part.text.startsWith("id,note\n")).toBe(true);
			expect(part.bytes).toBeLessThanOrEqual(60);
		}
	});

	it("keeps quoted cells, blank lines (so row numbers hold) and refuses a row larger than a part", async () => {
		const rows = [["a", "b"], ["1", 'say "hi", then\nleave'], [""], ["2", "ok"], [""]];
		const [part] = await collect(splitParts(records(rows), 1000));
		expect(part?.text).toBe('a,b\n1,"say ""hi"", then\nleave"\n\n2,ok');
		expect(csvLine(["x,y", "z"])).toBe('"x,y",z');
		await expect(collect(splitParts(records([["h"], ["y".repeat(50)]]), 20))).rejects.toThrow(
			/Row 2 is larger/,
		);
	});
});
