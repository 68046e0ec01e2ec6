import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../scripts/seed-demo";
import { parseCsv } from "../../shared/import/parse-csv";
import { CUSTOMER_EXPORT_COLUMNS } from "../../shared/schema/customer-export";
import type { Insights } from "../../shared/schema/insights";
import type { TeamCustomerPage } from "../../shared/schema/team-customers";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

const percent = (share: number) =>
	new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(share);

// The team page's dashboard and customer table on the seeded demo team, as its admin.
describe("team page: dashboard and customer table", () => {
	let api: ApiServer;
	let browser: ExtensionBrowser;
	let token = "";
	let dir: string;
	const get = async <T>(pathname: string) => (await (await apiFetch(api, token, pathname)).json()) as T;

	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), "tierline-insights-"));
		api = await startApi();
		({ token } = (
			await seedDemo(api.url, api.operatorToken, path.join(dir, "credentials.json"))
		).credentials);
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, token);
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
		await rm(dir, { recursive: true, force: true });
	});

	it("draws the demo team's pyramid and curve, each with its table; chart.js loads with the dashboard only", async () => {
		const insights = await get<Insights>("/v1/team/insights");
		expect(insights.pyramid.customers).toBeGreaterThan(3);
		// Every request of the browser, from before the page opens: is the charting chunk among them?
		const requested: string[] = [];
		browser.context.on("request", (request) => requested.push(request.url()));
		const chartsLoaded = () =>
			requested.some((url) => /^chrome-extension:\/\/[^/]+\/chunks\/charts-/.test(url));
		const page = await browser.openExtensionPage("team.html#members");
		await page.getByTestId("member-row").first().waitFor();
		expect(requested.some((url) => url.endsWith("/team.html#members") || url.includes("/chunks/team-"))).toBe(
			true,
		);
		expect(chartsLoaded()).toBe(false);

		await page.getByRole("link", { name: "Dashboard" }).click();
		const table = page.getByTestId("pyramid-table");
		await table.waitFor();
		for (const tier of insights.pyramid.tiers) {
			const row = table.locator(`[data-testid=pyramid-row][data-tier=${tier.tier}]`);
			expect(await row.getByTestId("customers").textContent()).toBe(String(tier.customers));
		}
		expect(await table.getByTestId("pyramid-total").getByTestId("customers").textContent()).toBe(
			String(insights.pyramid.customers),
		);
		const curveRows = page.getByTestId("curve-row");
		expect(await curveRows.count()).toBe(3);
		for (const [i, top] of insights.concentration.top.entries()) {
			expect(await curveRows.nth(i).getByTestId("revenue-share").textContent()).toBe(
				percent(top.revenueShare),
			);
		}
		// Both charts drawn: canvases sized by chart.js, with pixels on them.
		for (const id of ["pyramid-chart", "curve-chart"]) {
			const canvas = page.getByTestId(id);
			await expect
				.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0))
				.toBe(true);
			const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
				const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
				let n = 0;
				for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
				return n;
			});
			expect(inked).toBeGreaterThan(500);
		}
		expect(chartsLoaded()).toBe(true);
		expect(await page.getByTestId("dashboard-scope").textContent()).toMatch(/^The whole team, as of /);
		expect(await page.getByTestId("person-row").count()).toBe(insights.salespeople.length);
		await page.close();
	});

	it("filters the table by tier and transfers the selected customers to a member", async () => {
		const sarah = (await get<{ items: { id: string; name: string }[] }>("/v1/members/overview")).items.find(
			(m) => m.name === "Sarah Chen",
		);
		expect(sarah).toBeDefined();
		const gold = await get<TeamCustomerPage>("/v1/team/customers?tier=gold");
		const notSarahs = gold.items.filter((c) => c.owner?.id !== sarah?.id);
		expect(notSarahs.length).toBeGreaterThan(0);

		const page = await browser.openExtensionPage("team.html#customers");
		await page.getByTestId("customer-row").first().waitFor();
		await page.locator("select[name=tier]").selectOption("gold");
		await page.getByRole("button", { name: "Apply" }).click();
		await expect
			.poll(() => page.getByTestId("customer-name").allTextContents())
			.toEqual(gold.items.map((c) => c.name));
		expect(await page.getByTestId("customer-total").textContent()).toBe(`${gold.total} customers`);

		for (const c of notSarahs) {
			await page.getByRole("checkbox", { name: `Select ${c.name}` }).check();
		}
		expect(await page.getByTestId("selected-count").textContent()).toBe(`${notSarahs.length} selected`);
		await page.locator("select[name=transferTo]").selectOption(sarah?.id ?? "");
		await page.getByRole("button", { name: "Transfer", exact: true }).click();
		await expect
			.poll(() => page.getByTestId("customers-status").textContent())
			.toBe(`${notSarahs.length} customers transferred to Sarah Chen.`);

		const after = await get<TeamCustomerPage>("/v1/team/customers?tier=gold");
		expect(after.items.map((c) => c.owner?.id)).toEqual(gold.items.map(() => sarah?.id));
		expect(after.items.map((c) => c.version)).toEqual(
			gold.items.map((c) => (c.owner?.id === sarah?.id ? c.version : c.version + 1)),
		);
		await expect
			.poll(() => page.getByTestId("customer-owner").allTextContents())
			.toEqual(gold.items.map(() => "Sarah Chen"));
		await page.close();
	});

	it("downloads the filtered export as a CSV with the export's columns", async () => {
		const page = await browser.openExtensionPage("team.html#customers");
		await page.getByTestId("customer-row").first().waitFor();
		await page.locator("select[name=tier]").selectOption("gold");
		await page.getByRole("button", { name: "Apply" }).click();
		const gold = await get<TeamCustomerPage>("/v1/team/customers?tier=gold");
		await expect.poll(() => page.getByTestId("customer-row").count()).toBe(gold.items.length);
		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.getByRole("button", { name: "Export CSV" }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^tierline-customers-\d{4}-\d{2}-\d{2}\.csv$/);
		const file = path.join(dir, download.suggestedFilename());
		await download.saveAs(file);
		const bytes = await readFile(file);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const table = parseCsv(bytes.toString("utf8"));
		expect(table.header.slice(0, 14)).toEqual([
			"id",
			"name",
			"domain",
			"country",
			"owner",
			"account",
			"emails",
			"tier",
			"current_value",
			"potential_value",
			"churn",
			"revenue_12m_usd",
			"last_order",
			"last_interaction",
		]);
		expect(table.header).toEqual([...CUSTOMER_EXPORT_COLUMNS]);
		const ids = table.records.map((r) => r.values[0]).sort();
		expect(ids).toEqual(gold.items.map((c) => c.id).sort());
		expect(table.records.every((r) => r.values[7] === "gold")).toBe(true);
		await page.close();
	});
});
