import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// Pool (公海) rules on the team page: off by default, an admin turns them on, bad values are
// pointed at; a customer nobody followed up for 27 days shows as released soon, on the team page
// and in the owner's side panel. (The sweep itself runs under a controlled clock in tests/worker.)
describe("team page: pool rules", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Yiwu Lamps Export");
		const response = await apiFetch(api, team.token, "/v1/captures", {
			body: { source: "gmail", contact: { name: "Hans", email: "hans@lichtwerk-leuchten.de" } },
			headers: { "idempotency-key": crypto.randomUUID() },
		});
		const { customer } = (await response.json()) as CaptureResponse;
		const then = new Date(Date.now() - 27 * 86_400_000).toISOString();
		await d1Query(
			api,
			`update customers set owner_since = '${then}', created_at = '${then}' where id = '${customer.id}'`,
		);
		await d1Query(
			api,
			`update interactions set occurred_at = '${then}' where customer_id = '${customer.id}'`,
		);
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("starts with every rule off, saves the admin's rules, and shows who is released soon", async () => {
		const page = await browser.openExtensionPage("team.html#pool");
		const field = (name: string) => page.locator(`input[name="${name}"]`);
		await field("releaseAfterDays").waitFor();
		for (const name of ["releaseAfterDays", "warnDaysBefore", "maxOwnedPerMember", "maxOwnedPerTier.gold"]) {
			expect(await field(name).inputValue()).toBe("");
		}
		expect(await page.getByText("No customer is about to be released.").count()).toBe(1);

		await field("releaseAfterDays").fill("30");
		await field("warnDaysBefore").fill("30");
		await page.getByRole("button", { name: "Save rules" }).click();
		await expect
			.poll(() => page.locator("label:has(input[name=warnDaysBefore]) small.error").textContent())
			.toContain("before the release");

		await field("warnDaysBefore").fill("5");
		await page.getByRole("button", { name: "Save rules" }).click();
		await expect.poll(() => page.getByTestId("pool-status").textContent()).toBe("Saved.");
		await expect.poll(() => page.getByTestId("pool-warning").count()).toBe(1);
		expect(await page.getByTestId("pool-warning").textContent()).toContain("Hans");
		const [saved] = await d1Query<{ rules: string }>(
			api,
			`select rules from pool_rules where team_id = '${team.teamId}'`,
		);
		expect(JSON.parse(saved?.rules ?? "{}")).toMatchObject({ releaseAfterDays: 30, warnDaysBefore: 5 });

		const panel = await browser.openExtensionPage("sidepanel.html");
		await expect
			.poll(() => panel.getByTestId("pool-warning-banner").textContent(), { timeout: 15_000 })
			.toMatch(/^1 of your customers go to the pool from .+ unless followed up\./);
		await panel.close();
		await page.close();
	});
});
