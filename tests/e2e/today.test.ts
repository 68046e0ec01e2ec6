import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDay } from "../../extension/day/local-day";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import {
	configureExtension,
	gmailPageCapture,
	launchBuiltExtension,
	openPinnedPanel,
	sendFromPage,
	showPage,
} from "./extension-support";

/** The toolbar icon's count, read from the background (a restarted worker is found again). */
async function badgeText(browser: ExtensionBrowser): Promise<string> {
	const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent("serviceworker"));
	return worker.evaluate(() =>
		(
			globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
		).chrome.action.getBadgeText({}),
	);
}

/** A fresh API and team, and the built extension signed in to it with its panel open, per describe. */
function extensionSession() {
	const session = {} as { api: ApiServer; team: TestTeam; browser: ExtensionBrowser; panel: Page };
	beforeAll(async () => {
		session.api = await startApi();
		session.team = await createTeam(session.api);
		session.browser = await launchBuiltExtension();
		await configureExtension(session.browser, session.api.url, session.team.token);
		({ panel: session.panel } = await openPinnedPanel(session.browser));
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.api?.dispose();
	});
	return session;
}

// A follow-up set in the panel reaches the API; once its day has passed, the icon and Today show it.
describe("Today: a follow-up comes due", () => {
	const session = extensionSession();

	it("set in the panel, then due yesterday: the icon counts it and Today lists it", async () => {
		const { api, team, browser, panel } = session;
		// The buyer wrote just now: not yet waiting for a reply, so nothing is due at first.
		const page = gmailPageCapture({
			name: "Omar Haddad",
			email: "omar@gulf-trading.ae",
			company: "Gulf Trading",
		});
		for (const message of page.thread?.messages ?? []) message.date = new Date().toISOString();
		await showPage(panel, page);
		const card = panel.getByTestId("contact-card");
		await card.getByRole("button", { name: "Capture", exact: true }).click();
		await expect
			.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count(), { timeout: 30_000 })
			.toBe(1);
		const [customer] = await d1Query<{ id: string }>(
			api,
			`select id from customers where team_id = '${team.teamId}'`,
		);
		if (!customer) throw new Error("not captured");

		await panel.getByTestId("tab-customers").click();
		await panel.getByTestId("customer-row").getByRole("button", { name: "Gulf Trading" }).click();
		const control = panel.getByTestId("follow-up");
		await control.getByRole("button", { name: "In 3 days" }).click();
		await control.getByLabel("Note (optional)").fill("Send the FOB Ningbo quote");
		await control.getByRole("button", { name: "Set follow-up" }).click();
		await control.getByTestId("follow-up-current").waitFor();
		const inThreeDays = addDays(localDay(new Date()), 3);
		await expect
			.poll(
				async () =>
					d1Query<{ due_day: string; note: string }>(
						api,
						`select due_day, note from follow_ups where customer_id = '${customer.id}'`,
					),
				{ timeout: 30_000 },
			)
			.toEqual([{ due_day: inThreeDays, note: "Send the FOB Ningbo quote" }]);
		expect(await badgeText(browser)).toBe("");

		// The clock moves on: the follow-up is now due yesterday (set through the API), and a sync brings it.
		const yesterday = addDays(localDay(new Date()), -1);
		const moved = await apiFetch(api, team.token, `/v1/customers/${customer.id}/follow-up`, {
			method: "PUT",
			body: { dueAt: yesterday, note: "Send the FOB Ningbo quote" },
		});
		expect(moved.status).toBe(200);
		await sendFromPage(panel, "syncNow", {});
		await expect.poll(() => badgeText(browser), { timeout: 30_000 }).toBe("1");

		await panel.getByTestId("tab-today").click();
		const row = panel.getByTestId("today-row");
		await expect.poll(() => row.count()).toBe(1);
		expect(await row.getAttribute("data-customer-id")).toBe(customer.id);
		expect(await row.getByTestId("today-followUp").textContent()).toContain("Follow-up overdue since");
		expect(await panel.getByTestId("tab-today").textContent()).toBe("Today1");

		// Done from the customer: the icon and Today are clear again.
		await row.getByRole("button", { name: "Gulf Trading" }).click();
		await panel.getByTestId("follow-up").getByRole("button", { name: "Done" }).click();
		await expect.poll(() => badgeText(browser), { timeout: 30_000 }).toBe("");
		await expect
			.poll(() => d1Query(api, `select 1 from follow_ups where customer_id = '${customer.id}'`), {
				timeout: 30_000,
			})
			.toEqual([]);
	});
});

// The team's record says who waits: an Alibaba.com inquiry captured elsewhere (here through the API)
// reaches Today with the hours left in the platform's window; a page with people shows Today in one
// line; a click on the daily notification (its request) and `#today` open Today.
describe("Today: buyers waiting, from the team's record", () => {
	const session = extensionSession();

	it("an inquiry captured elsewhere waits with its reply window; the page and a notification click lead to Today", async () => {
		const { api, team, browser, panel } = session;
		const fiveHoursAgo = new Date(Date.now() - 5 * 3_600_000 - 60_000).toISOString();
		const captured = await apiFetch(api, team.token, "/v1/captures", {
			method: "POST",
			headers: { "idempotency-key": "e2e-today-inquiry" },
			body: {
				source: "alibaba",
				contact: { name: "Ahmed Al Noor", email: "ahmed@alnoor-bm.ae" },
				company: { name: "Al Noor Building Materials" },
				thread: {
					kind: "inquiry",
					externalId: "inq-20261206-77",
					subject: "Ceramic tiles 600x600, 2 containers",
					messages: [
						{
							id: "m1",
							fromName: "Ahmed",
							date: fiveHoursAgo,
							body: "Price CIF Jebel Ali?",
							direction: "inbound",
						},
					],
				},
			},
		});
		expect(captured.status).toBe(201);
		await sendFromPage(panel, "syncNow", {});
		await expect.poll(() => badgeText(browser), { timeout: 30_000 }).toBe("1");

		// A thread on the page: the page comes first, Today's one line above it.
		await showPage(panel, gmailPageCapture({ name: "Omar Haddad", email: "omar@gulf-trading.ae" }));
		const nudge = panel.getByTestId("today-nudge");
		await expect.poll(() => nudge.textContent(), { timeout: 30_000 }).toBe("Today: 1 to do →");
		await nudge.click();
		const waiting = panel.getByTestId("today-row").getByTestId("today-waiting");
		await expect
			.poll(() => waiting.textContent(), { timeout: 30_000 })
			.toContain("Alibaba.com reply window: 18 h left");

		// The notification's click asks an open panel for Today; a panel opened at #today starts there.
		await panel.getByTestId("tab-customers").click();
		await panel.evaluate(() =>
			(
				globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
			).chrome.storage.local.set({ "tierline.showTodayAt": Date.now() }),
		);
		await expect.poll(() => panel.getByTestId("tab-today").getAttribute("aria-current")).toBe("page");
		const tab = await browser.openExtensionPage("sidepanel.html#today");
		await expect.poll(() => tab.getByTestId("tab-today").getAttribute("aria-current")).toBe("page");
		await tab.close();
	});
});
