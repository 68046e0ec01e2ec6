import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { utils, write } from "@e965/xlsx";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { encodeGbk, encodeUtf16 } from "../support/encode-legacy";
import { apiFetch, createTeam, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// The team page's Import section: files as Chinese and Western spreadsheets save them (GBK CSV,
// UTF-16 CSV, .xlsx) are read in the page, mapped, checked and imported with their names intact.
describe("team page: import", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;
	let dir = "";

	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), "tierline-import-"));
		api = await startApi();
		team = await createTeam(api, "Ningbo Export Co.");
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
		await rm(dir, { recursive: true, force: true });
	});

	async function fixture(name: string, bytes: Uint8Array): Promise<string> {
		const file = path.join(dir, name);
		await writeFile(file, bytes);
		return file;
	}

	const mappingOf = (page: Page) =>
		page
			.locator("[data-testid=import-mapping] thead select")
			.evaluateAll((selects) =>
				selects.map((s) => [s.getAttribute("aria-label"), (s as HTMLSelectElement).value]),
			);

	/** Chooses the file, checks it (dry run: nothing written), imports it and waits for the re-score. */
	async function importThrough(page: Page, file: string, remap?: { column: string; field: string }) {
		await page.locator("input[name=import-file]").setInputFiles(file);
		await page.getByTestId("import-mapping").waitFor();
		if (remap)
			await page
				.getByRole("combobox", { name: `Meaning of column ${remap.column}` })
				.selectOption(remap.field);
		await page.getByRole("button", { name: "Check the file" }).click();
		await expect.poll(() => page.getByTestId("import-report").getAttribute("data-state")).toBe("dry_run");
		expect(await page.getByTestId("import-report").textContent()).toContain("Ready to import: no problems.");
		await page.getByRole("button", { name: "Import", exact: true }).click();
		await page.getByTestId("import-done").waitFor({ timeout: 30_000 });
		expect(await page.getByTestId("import-done").textContent()).toContain("Imported and scored.");
		await page.getByRole("button", { name: "Import another file" }).click();
	}

	async function customerNames(): Promise<string[]> {
		const response = await apiFetch(api, team.token, "/v1/customers?limit=100");
		const { items } = (await response.json()) as { items: Array<{ name: string }> };
		return items.map((c) => c.name).sort();
	}

	it("imports a GBK CSV with Chinese headers, guessing what each column means", async () => {
		const file = await fixture(
			"客户.csv",
			encodeGbk("客户名称,邮箱,国家\n上海贸易有限公司,li.wei@shanghai-trade.cn,中国\n"),
		);
		const page = await browser.openExtensionPage("team.html#import");
		await page.locator("input[name=import-file]").setInputFiles(file);
		await expect.poll(() => page.getByTestId("import-file").textContent()).toContain("GB18030 (GBK)");
		expect(await mappingOf(page)).toEqual([
			["Meaning of column 客户名称", "company"],
			["Meaning of column 邮箱", "email"],
			["Meaning of column 国家", "country"],
		]);
		expect(await page.getByTestId("import-mapping").locator("tbody").textContent()).toContain(
			"上海贸易有限公司",
		);
		await importThrough(page, file);
		expect(await customerNames()).toEqual(["上海贸易有限公司"]);
		await page.close();
	});

	it("imports a UTF-16 CSV with a column mapped by hand, and an .xlsx workbook", async () => {
		const utf16 = await fixture(
			"unicode.csv",
			encodeUtf16("Firma,E-mail,Country\n北京机械进出口公司,zhang@bj-machinery.cn,China\n", "le"),
		);
		const sheet = utils.aoa_to_sheet([
			["客户名称", "邮箱", "国家", "金额", "币种", "日期", "订单号"],
			[
				"深圳电子科技有限公司",
				"chen@sz-electronics.cn",
				"中国",
				12500.5,
				"USD",
				new Date(Date.UTC(2026, 9, 15)),
				"SO-1001",
			],
		]);
		const book = utils.book_new();
		utils.book_append_sheet(book, sheet, "客户");
		const xlsx = await fixture(
			"orders.xlsx",
			write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array,
		);

		const page = await browser.openExtensionPage("team.html#import");
		await importThrough(page, utf16, { column: "Firma", field: "company" });
		await page.locator("input[name=import-file]").setInputFiles(xlsx);
		await expect.poll(() => page.getByTestId("import-file").textContent()).toContain("Excel workbook");
		expect((await mappingOf(page)).map(([, field]) => field)).toEqual([
			"company",
			"email",
			"country",
			"amount",
			"currency",
			"date",
			"reference",
		]);
		expect(await page.getByTestId("import-mapping").locator("tbody").textContent()).toContain("2026-10-15");
		await importThrough(page, xlsx);
		expect(await customerNames()).toEqual(["上海贸易有限公司", "北京机械进出口公司", "深圳电子科技有限公司"]);
		await page.close();
	});

	it("sends a file over the body limit in staged parts; a header named twice is a problem, nothing imported", async () => {
		const rows = Array.from(
			{ length: 24_000 },
			(_, i) => `Trading Co ${i},buyer${i}@big-trade-${i}.com,China`,
		);
		const file = await fixture(
			"big.csv",
			new TextEncoder().encode(`邮箱,客户名称,邮箱\n${rows.join("\n")}\n`),
		);
		const page = await browser.openExtensionPage("team.html#import");
		await page.locator("input[name=import-file]").setInputFiles(file);
		await expect.poll(() => page.getByTestId("import-file").textContent()).toContain("sent in 2 parts");
		expect(await page.getByTestId("import-file-problems").textContent()).toContain(
			'The column "邮箱" appears twice (columns 1 and 3)',
		);
		await page.getByRole("button", { name: "Check the file" }).click();
		await expect
			.poll(() => page.getByTestId("import-problems").textContent(), { timeout: 60_000 })
			.toContain('The column "邮箱" appears twice (columns 1 and 3)');
		expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
		expect(await customerNames()).not.toContain("Trading Co 0");
		await page.close();
	});
});
