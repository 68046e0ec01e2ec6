import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import {
	configureFirefoxExtension,
	type FirefoxExtension,
	launchFirefoxExtension,
	pollPage,
	waitForFirefoxMark,
} from "../support/firefox";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import { GMAIL, gmailFixture, seedCustomer } from "./gmail-support";

// The built Firefox package (.output/firefox-mv3) in stock headless Firefox ESR, installed as a
// temporary add-on over WebDriver BiDi, against the real API and D1: settings and "Test
// connection", a Gmail thread served at its real URL gets its badges, and one capture reaches D1.
describe("Firefox: the built add-on, end to end", () => {
	let api: ApiServer;
	let team: TestTeam;
	let firefox: FirefoxExtension;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Hengda Tools Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "Mohammed Al-Farsi", email: "m.alfarsi@gulf-trading.ae" },
			{ name: "Gulf Trading LLC", domain: "gulf-trading.ae" },
		);
		firefox = await launchFirefoxExtension();
	});
	afterAll(async () => {
		await firefox?.close();
		await api?.dispose();
	});

	it("options: saves the API address and token, and Test connection names the member and team", async () => {
		const options = await configureFirefoxExtension(firefox, api.url, team.token);
		await options.click("form:has(input[name=token]) .buttons button:not(.primary)");
		await pollPage(
			options,
			(selector) => document.querySelector(selector) !== null,
			'[data-testid="connection-ok"]',
		);
		expect(
			await options.evaluate(() => document.querySelector('[data-testid="connection-ok"]')?.textContent),
		).toContain("Hengda Tools Export");
		await options.close();
	});

	it("a Gmail thread: the customer's tier badge, then Save to Tierline puts the thread in D1", async () => {
		const page = await firefox.openServedPage(
			`${GMAIL}#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`,
			gmailFixture("thread-en-2024.html"),
		);
		// Our marks live in closed shadow roots: read and click them from the content script's world.
		const sender = 'span[email="m.alfarsi@gulf-trading.ae"] + [data-tierline="gmail-sender"]';
		const badge = await waitForFirefoxMark(firefox, page, sender, ".tierline-tier-badge");
		expect(badge.tier).toMatch(/^(platinum|gold|iron|lead)$/);

		const thread = '[data-tierline="gmail-capture-thread"]';
		await waitForFirefoxMark(firefox, page, thread, ".tierline-capture-thread", { click: true });
		// Saved: the button gives way to the sender's badge.
		await waitForFirefoxMark(firefox, page, thread, ".tierline-tier-badge");
		await expect
			.poll(
				async () =>
					d1Query<{ subject: string }>(
						api,
						"SELECT subject FROM interactions WHERE external_id = '18cf95c3ca4ccad2'",
					),
				{ timeout: 30_000, interval: 500 },
			)
			.toEqual([{ subject: "RFQ: 5,000 insulated bottles" }]);
		await page.close();
	});
});
