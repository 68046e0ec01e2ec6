import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The shares one column of the comparison shows, tier by tier ("12.5%"). */
function column(page: Page, testId: string): Promise<string[]> {
	return page.locator(`[data-testid=share-row] [data-testid=${testId}]`).allTextContents();
}

// An admin edits the scoring settings on the team page, previews the tiers they would give, saves,
// watches the re-score finish, and finds the team's tiers equal to the preview.
describe("team page: scoring settings", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Ningbo Pumps Export");
		for (let i = 0; i < 20; i++) {
			const response = await apiFetch(api, team.token, "/v1/captures", {
				body: { source: "gmail", contact: { name: `Buyer ${i}`, email: `buy@pump-buyer-${i}.de` } },
				headers: { "idempotency-key": crypto.randomUUID() },
			});
			const { customer } = (await response.json()) as CaptureResponse;
			for (let j = 0; j < i % 5; j++) {
				const order = await apiFetch(api, team.token, `/v1/customers/${customer.id}/orders`, {
					body: { amount: 1_000 * (i + 1) ** 2, currency: j % 2 ? "EUR" : "USD", date: day(10 + 40 * j + i) },
				});
				expect(order.status).toBeLessThan(300);
			}
		}
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("previews the tiers of changed settings, saves them, and the re-scored team matches the preview", async () => {
		const page = await browser.openExtensionPage("team.html#settings");
		const editor = page.getByTestId("scoring-editor");
		await editor.waitFor();
		await expect.poll(() => column(page, "now-customers")).toHaveLength(4);

		// A bad value is named beside its field, and nothing is previewed.
		const platinum = editor.locator("input[name='tiers.platinumPercent']");
		await platinum.fill("60");
		await expect
			.poll(() =>
				editor.locator("[data-testid=field-error][data-path='tiers.platinumPercent']").textContent(),
			)
			.toBe("At most 50.");
		await editor.getByRole("button", { name: "Preview" }).click();
		await expect
			.poll(() => editor.getByTestId("scoring-status").textContent())
			.toContain("Some fields need fixing");

		await platinum.fill("25");
		await editor.getByRole("radio", { name: /Against fixed targets/ }).check();
		await editor.locator("input[name='current.weights.recency']").fill("30");
		await editor.getByRole("button", { name: "Preview" }).click();
		await expect.poll(() => column(page, "preview-customers")).toHaveLength(4);
		const previewed = {
			customers: await column(page, "preview-customers"),
			revenue: await column(page, "preview-revenue"),
		};
		expect(previewed.customers.every((text) => /%$/.test(text))).toBe(true);
		// The change moves customers: today's tiers differ from the preview until the save.
		expect(await column(page, "now-customers")).not.toEqual(previewed.customers);
		expect(await editor.getByTestId("preview-totals").textContent()).toContain("20 customers");
		// The preview wrote nothing.
		const before = await apiFetch(api, team.token, "/v1/team/scoring");
		expect(((await before.json()) as { version: number }).version).toBe(1);

		await editor.getByRole("button", { name: "Save and re-score" }).click();
		await expect
			.poll(() => editor.getByTestId("rescore-progress").getAttribute("data-state"), { timeout: 30_000 })
			.toBe("done");
		expect(await editor.getByTestId("rescore-progress-text").textContent()).toBe("Done · 20 of 20 customers");
		await expect.poll(() => editor.getByTestId("scoring-status").textContent()).toContain("re-scored");
		await expect.poll(() => column(page, "now-customers")).toEqual(previewed.customers);
		expect(await column(page, "now-revenue")).toEqual(previewed.revenue);

		const [stored] = await d1Query<{ settings: string; version: number }>(
			api,
			`select settings, version from scoring_settings where team_id = '${team.teamId}'`,
		);
		expect(stored?.version).toBe(2);
		const settings = JSON.parse(stored?.settings ?? "{}");
		expect([settings.tiers.platinumPercent, settings.current.mode, settings.current.weights.recency]).toEqual(
			[25, "absolute", 30],
		);
		// Saved: the form now shows what is stored, and there is nothing left to save.
		expect(await platinum.inputValue()).toBe("25");
		expect(await editor.getByRole("button", { name: "Save and re-score" }).isDisabled()).toBe(true);
		await page.close();
	});
});
