import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import { type ExtensionBrowser, launchExtension } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { clickMark, readMark, SENDER_MARK, THREAD_BUTTON, waitForMark } from "./closed-marks";
import { configureExtension } from "./extension-support";
import { gmailFixture, openGmail, seedCustomer, senderMark } from "./gmail-support";

// Gmail pages served at https://mail.google.com/… in real Chromium with the built extension,
// against the real API and D1: badges for customers seeded through the API, a "+" for unknown
// external senders, nothing for the member, colleagues and automated senders (Alibaba's
// notifications), and one-click capture of a thread.
describe("Gmail: badges and one-click capture", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Hengda Tools Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "Mohammed Al-Farsi", email: "m.alfarsi@gulf-trading.ae" },
			{ name: "Gulf Trading LLC", domain: "gulf-trading.ae" },
		);
		browser = await launchExtension();
		const options = await configureExtension(browser, api.url, team.token);
		await options.close();
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("inbox: a tier badge beside the known customer, a + beside unknown buyers, nothing beside us", async () => {
		const page = await openGmail(browser.context, gmailFixture("inbox-2024.html"), "#inbox");
		const badge = await waitForMark(page, SENDER_MARK("m.alfarsi@gulf-trading.ae"), ".tierline-tier-badge");
		expect(badge.attributes["data-tier"]).toMatch(/^(platinum|gold|iron|lead)$/);
		const tooltip = badge.attributes.title ?? "";
		expect(tooltip).toContain("Gulf Trading");
		expect(tooltip).toMatch(/Why:/);
		await waitForMark(page, SENDER_MARK("chen.zm@kinghome.com.tw"), ".tierline-capture-sender");
		await waitForMark(page, SENDER_MARK("j.schmidt@bauhaus-import.de"), ".tierline-capture-sender");
		expect(await senderMark(page, "lina@hengda-tools.com").count()).toBe(0);
		expect(await senderMark(page, "zhang.wei@hengda-tools.com").count()).toBe(0);
		// Alibaba's inquiry notification sender is never a lead: no "+".
		expect(await senderMark(page, "feedback@service.alibaba.com").count()).toBe(0);
		// Idempotent: one mark per sender (the three external buyers), however often the observer saw the row.
		expect(await page.locator('[data-tierline="gmail-sender"]').count()).toBe(3);
		await page.close();
	});

	it("thread: capture saves sender and thread in D1, and the badge appears without a reload", async () => {
		const page = await openGmail(
			browser.context,
			gmailFixture("thread-en-2024.html"),
			"#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
		);
		const unknown = SENDER_MARK("j.schmidt@bauhaus-import.de");
		await waitForMark(page, unknown, ".tierline-capture-sender");
		await waitForMark(page, SENDER_MARK("m.alfarsi@gulf-trading.ae"), ".tierline-tier-badge");
		await page.evaluate(() => {
			(window as unknown as { notReloaded: boolean }).notReloaded = true;
		});

		await clickMark(page, THREAD_BUTTON, ".tierline-capture-thread");
		// Saved: the button gives way to the sender's badge, beside the subject and the sender.
		await waitForMark(page, THREAD_BUTTON, ".tierline-tier-badge");
		expect(await readMark(page, THREAD_BUTTON, ".tierline-capture-thread")).toBeNull();
		await waitForMark(page, unknown, ".tierline-tier-badge");
		expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
			true,
		);

		// The record reached the API and D1 (the outbox pushes it in the background).
		await expect
			.poll(
				async () => {
					const response = await apiFetch(api, team.token, "/v1/lookup", {
						body: { emails: ["j.schmidt@bauhaus-import.de"], domains: [], buyerIds: [] },
					});
					const body = (await response.json()) as { matches: Record<string, { name: string }> };
					return Object.keys(body.matches);
				},
				{ timeout: 30_000 },
			)
			.toEqual(["j.schmidt@bauhaus-import.de"]);
		const threads = await d1Query<{ external_id: string; subject: string; data: string }>(
			api,
			"SELECT external_id, subject, data FROM interactions WHERE external_id = '18cf95c3ca4ccad2'",
		);
		expect(threads).toHaveLength(1);
		expect(threads[0]?.subject).toBe("RFQ: 5,000 insulated bottles");
		expect(threads[0]?.data).toContain("Please also quote 2,000 pcs for Germany, DDP Hamburg.");
		expect(threads[0]?.data).not.toContain("On Tue, Jan 9, 2024 at 10:15 AM Li Na");
		await page.close();
	});

	it("in-app navigation away and back redraws the marks, never doubles them", async () => {
		const page = await openGmail(browser.context, gmailFixture("inbox-2024.html"), "#inbox");
		await waitForMark(page, SENDER_MARK("m.alfarsi@gulf-trading.ae"), ".tierline-tier-badge");
		// In-app navigation to a thread-less view and back: marks are redrawn, never doubled.
		await page.evaluate(() => {
			location.hash = "#sent";
		});
		await page.evaluate(() => {
			location.hash = "#inbox";
		});
		await expect.poll(() => page.locator('[data-tierline="gmail-sender"]').count()).toBe(3);
		expect(await senderMark(page, "feedback@service.alibaba.com").count()).toBe(0);
		await page.close();
	});

	// Last: it reloads the extension, which ends this page's content script for good.
	it("when the extension goes away (reload, disable, update) every mark and button leaves the page", async () => {
		const page = await openGmail(
			browser.context,
			gmailFixture("thread-en-2024.html"),
			"#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
		);
		await page.locator('[data-tierline="gmail-capture-thread"]').waitFor({ timeout: 20_000 });
		expect(await page.locator("[data-tierline]").count()).toBeGreaterThan(1);
		await browser.serviceWorker
			.evaluate(() => {
				(globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
			})
			.catch(() => undefined);
		// Nothing polls: the page's next activity (here a navigation, in Gmail any re-render) finds
		// the extension gone and removes its UI.
		await page.waitForTimeout(500);
		await page.evaluate(() => {
			location.hash = "#inbox";
		});
		await expect.poll(() => page.locator("[data-tierline]").count(), { timeout: 15_000 }).toBe(0);
		// Gmail's own page is untouched.
		expect(await page.locator("h2.hP").textContent()).toBe("RFQ: 5,000 insulated bottles");
		expect(await page.locator("span.gD").count()).toBe(5);
		await page.close();
	});
});
