import { describe, expect, it } from "vitest";
import { percentile, serverTimingDb } from "./latency";

describe("percentile", () => {
	it("uses the nearest rank", () => {
		const values = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile(values, 99)).toBe(99);
		expect(percentile(values, 100)).toBe(100);
		expect(percentile(values, 0)).toBe(1);
	});

	it("handles tiny and empty samples", () => {
		expect(percentile([7], 99)).toBe(7);
		expect(percentile([3, 1, 2], 50)).toBe(2);
		expect(percentile([], 50)).toBeNaN();
	});
});

describe("serverTimingDb", () => {
	it("reads db;dur", () => {
		expect(serverTimingDb("db;dur=1.25")).toBe(1.25);
		expect(serverTimingDb('app;dur=4, db;desc="D1";dur=0.5')).toBe(0.5);
	});

	it("sums repeated db metrics and ignores others", () => {
		expect(serverTimingDb("db;dur=1, total;dur=9, db;dur=2")).toBe(3);
	});

	it("is undefined without a usable db metric", () => {
		expect(serverTimingDb(null)).toBeUndefined();
		expect(serverTimingDb("app;dur=3")).toBeUndefined();
		expect(serverTimingDb("db;dur=abc")).toBeUndefined();
		expect(serverTimingDb("dbx;dur=1")).toBeUndefined();
	});
});
