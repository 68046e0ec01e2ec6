import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, type TestTeam } from "../support/team";
import { launchBuiltExtension } from "./extension-support";

// Settings page against the real API: "Test connection" names the member and team, or says why not.
describe("extension settings", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Ningbo Bottles Export");
		browser = await launchBuiltExtension();
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	const fill = async (apiUrl: string, token: string) => {
		const page = await browser.openExtensionPage("options.html");
		await page.locator("input[name=apiUrl]").fill(apiUrl);
		await page.locator("input[name=token]").fill(token);
		await page.getByRole("button", { name: "Test connection" }).click();
		return page;
	};

	it("shows the team and member name for a good token", async () => {
		const page = await fill(api.url, team.token);
		await expect
			.poll(() => page.getByTestId("connection-ok").textContent(), { timeout: 15_000 })
			.toBe(`Connected as ${team.admin.name}, team Ningbo Bottles Export.`);
		await page.close();
	});

	it("says the token was rejected (401)", async () => {
		const page = await fill(api.url, "tl_not-a-real-token");
		const failed = page.getByTestId("connection-failed");
		await failed.waitFor();
		expect(await failed.getAttribute("data-reason")).toBe("badToken");
		expect(await failed.textContent()).toContain("rejected the token");
		await page.close();
	});

	it("says the server is unreachable, and that a wrong address is not a URL", async () => {
		const page = await fill("http://127.0.0.1:9", team.token);
		await expect
			.poll(() => page.getByTestId("connection-failed").getAttribute("data-reason"))
			.toBe("unreachable");
		await page.locator("input[name=apiUrl]").fill("not a url");
		await page.getByRole("button", { name: "Test connection" }).click();
		await expect
			.poll(() => page.getByTestId("connection-failed").getAttribute("data-reason"))
			.toBe("invalidUrl");
		await page.close();
	});

	it("saves, and switches the interface to Simplified Chinese", async () => {
		const page = await fill(api.url, team.token);
		await page.getByRole("button", { name: "Save" }).click();
		await expect.poll(() => page.getByTestId("connection-status").textContent()).toContain("Saved");
		await page.locator("select[name=language]").selectOption("zh_CN");
		await expect.poll(() => page.locator("h1").textContent()).toBe("Tierline 设置");
		const panel = await browser.openExtensionPage("sidepanel.html");
		await expect.poll(() => panel.getByRole("button", { name: "客户", exact: true }).count()).toBe(1);
		await page.locator("select[name=language]").selectOption("en");
		await expect.poll(() => panel.getByRole("button", { name: "Customers", exact: true }).count()).toBe(1);
	});
});
