import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractFile } from "./extract-file";

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/alibaba");
const file = (name: string) => path.join(fixtures, `${name}.2026-12-06.html`);
const run = promisify(execFile);

describe("extract --url: saved Alibaba seller pages, with the page state their inline scripts set", () => {
	it("inquiry list: window.feedbackListResponse = {…} gives the rows keyed by sender.accountId", async () => {
		const capture = await extractFile(
			file("inquiry-list.en.state"),
			"https://message.alibaba.com/message/default.htm#feedback/all",
		);
		expect(capture).toMatchObject({ site: "alibaba", pageKind: "inquiry-list" });
		expect(capture.rows.map((row) => row.buyerId)).toEqual([
			"2201587430921",
			"2206671203385",
			"2198045512760",
			"2210344876512",
			"2203319950487",
		]);
	});

	it('RFQ market: PAGE_DATA["index"] = {…} gives the badges from tags[].tagName', async () => {
		const capture = await extractFile(
			file("rfq-list.zh.state"),
			"https://sourcing.alibaba.com/rfq/rfq_search_list.htm?recently=Y&page=2",
		);
		expect(capture.rows[0]).toMatchObject({
			threadId: "rfq:9B0E2D4471C84A11",
			subject: "PPR pipes PN20 20mm-110mm for villa project",
			senders: [{ name: "Khalid Hassan" }],
		});
	});

	it("a buyer-side page is refused", async () => {
		await expect(
			extractFile(file("messenger.buyer-side"), "https://message.alibaba.com/message/messenger.htm#/"),
		).rejects.toThrow(/buyer's own page/);
	});

	it("the CLI prints the capture the extension would make", async () => {
		const { stdout } = await run(
			"npx",
			[
				"tsx",
				"scripts/extract.ts",
				file("inquiry-detail.en.dom"),
				"--url",
				"https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765",
			],
			{ cwd: path.resolve(import.meta.dirname, "../..") },
		);
		expect(JSON.parse(stdout)).toMatchObject({
			site: "alibaba",
			pageKind: "inquiry-detail",
			contacts: [{ email: "ahmed@alnoor-trading.ae", phones: ["+971503184821"], country: "AE" }],
			thread: { id: "inquiry:10231847765" },
		});
	}, 60_000);
});
