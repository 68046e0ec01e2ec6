import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * 30 buyers over the last 20 months, imported as one CSV: steady buyers of different sizes and rhythms,
 * every fifth one gone quiet eight months ago, so the tiers as of six months ago meet what followed.
 */
function ledger(): string {
	const rows = ["email,country,date,amount,currency"];
	for (let i = 0; i < 30; i++) {
		const every = 25 + 20 * (i % 4);
		const stop = i % 5 === 0 ? 240 : 5 + (i % 7);
		for (let ago = 600 - i * 7; ago >= stop; ago -= every) {
			rows.push(`buyer${i}@model-check-${i}.de,DE,${day(ago)},${200 * (i + 1) + (ago % 90)},USD`);
		}
	}
	return rows.join("\n");
}

// A manager checks how well the tiers of six months ago predicted the six months after, in English
// and in Chinese, and is told plainly when the chosen date is before the team's first order.
describe("team page: model check", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Yiwu Gifts Export");
		const imported = await fetch(`${api.url}/v1/imports?dryRun=false`, {
			method: "POST",
			headers: { authorization: `Bearer ${team.token}`, "content-type": "text/csv; charset=utf-8" },
			body: ledger(),
		});
		expect(imported.status, await imported.clone().text()).toBeLessThan(300);
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("shows the tiers against ranking by past revenue, the churn re-order rates and a verdict", async () => {
		const page = await browser.openExtensionPage("team.html#model");
		const section = page.getByTestId("model-check");
		await section.waitFor();
		// The default date is six months ago, so the window has just passed.
		const asOf = await section.locator("input[name=asOf]").inputValue();
		expect(await section.locator("input[name=asOf]").getAttribute("max")).toBe(asOf);
		await expect
			.poll(() => page.getByTestId("model-verdict").textContent(), { timeout: 30_000 })
			.toMatch(
				/^The tiers picked the customers who brought \d+(\.\d)?% of the revenue from .+ — (\d+(\.\d)? points (more|less) than|the same as) ranking by past revenue/,
			);
		expect(await page.getByTestId("model-tier-row").count()).toBe(4);
		await expect.poll(() => page.getByTestId("model-chart").getAttribute("data-drawn")).toBe("true");
		// What the page shows is what the API answered.
		const answer = (await (
			await fetch(`${api.url}/v1/team/backtest?asOf=${asOf}&months=6`, {
				headers: { authorization: `Bearer ${team.token}` },
			})
		).json()) as { tiers: Array<{ nextRevenueShare: number }>; churn: { repeatBuyers: number } };
		const shown = await page
			.locator("[data-testid=model-tier-row] [data-testid=model-next-share]")
			.allTextContents();
		expect(shown).toEqual(
			answer.tiers.map(
				(t) =>
					`${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(t.nextRevenueShare * 100)}%`,
			),
		);
		expect(await page.getByTestId("model-churn-row").count()).toBe(4);
		expect(answer.churn.repeatBuyers).toBeGreaterThan(0);
		await page.close();
	});

	it("says so when the team has no orders up to the chosen date", async () => {
		const page = await browser.openExtensionPage("team.html#model");
		const section = page.getByTestId("model-check");
		await page.getByTestId("model-verdict").waitFor({ timeout: 30_000 });
		await section.locator("input[name=asOf]").fill(day(365 * 4));
		await section.getByRole("button", { name: "Check" }).click();
		await expect
			.poll(() => page.getByTestId("model-message").textContent(), { timeout: 30_000 })
			.toContain("The team has no orders up to");
		await page.close();
	});

	it("reads in Simplified Chinese, numbers and dates included", async () => {
		const options = await browser.openExtensionPage("options.html");
		await options.locator("select[name=language]").selectOption("zh_CN");
		const page = await browser.openExtensionPage("team.html#model");
		await expect
			.poll(() => page.getByTestId("model-verdict").textContent(), { timeout: 30_000 })
			.toMatch(/^分级选出的客户带来了 \d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日 收入的 \d+(\.\d)?%/);
		expect(await page.getByRole("link", { name: "模型检验" }).count()).toBe(1);
		expect(
			await page.locator("[data-testid=model-tier-row][data-tier=platinum] td").first().textContent(),
		).toBe("白金客户");
		await options.locator("select[name=language]").selectOption("en");
		await page.close();
		await options.close();
	});
});
