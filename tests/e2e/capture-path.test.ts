import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { type CountingProxy, startCountingProxy } from "../support/counting-proxy";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import { clickMark, SENDER_MARK, THREAD_BUTTON, waitForMark } from "./closed-marks";
import { configureExtension, launchBuiltExtension, sendFromPage } from "./extension-support";
import { gmailFixture, openGmail, seedCustomer, senderMark } from "./gmail-support";

// One capture path, in real Chromium with the built extension against the real API and D1:
// the in-page capture is one self-sufficient message (an immediate click keeps the signature),
// badges come from the cache by the same corporate-domain rule as the server, and marks speak
// the UI language.
describe("one capture path in the page", () => {
	let api: ApiServer;
	let proxy: CountingProxy;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		proxy = await startCountingProxy(api.url);
		team = await createTeam(api, "Hengda Tools Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "Oliver Brown", email: "oliver@acme.co.uk" },
			{ name: "Acme Ltd", domain: "acme.co.uk" },
		);
		browser = await launchBuiltExtension();
		const options = await configureExtension(browser, proxy.url, team.token);
		await options.close();
	});
	afterAll(async () => {
		await browser?.close();
		await proxy?.close();
		await api?.dispose();
	});

	it("a click right after the thread renders captures the signature's details", async () => {
		const page = await openGmail(
			browser.context,
			gmailFixture("thread-en-2024.html"),
			"#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
		);
		// Clicked as soon as the button exists (polled every 100 ms from its first frame).
		await clickMark(page, THREAD_BUTTON, ".tierline-capture-thread");
		// The button gives way to the sender's badge once saved.
		await waitForMark(page, THREAD_BUTTON, ".tierline-tier-badge");
		await expect
			.poll(
				() =>
					d1Query<{ phone: string | null; title: string | null; name: string }>(
						api,
						"SELECT c.phone, c.title, k.name FROM contacts c JOIN customers k ON k.id = c.customer_id WHERE c.email = 'j.schmidt@bauhaus-import.de'",
					),
				{ timeout: 30_000 },
			)
			.toEqual([{ phone: "+49301234567", title: "Head of Purchasing", name: "Bauhaus Import GmbH" }]);
		await page.close();
	});

	it("li@sales.acme.co.uk gets Acme's badge from the cache, with no network lookup, in 简体中文", async () => {
		const options = await browser.openExtensionPage("options.html");
		await options.locator("select[name=language]").selectOption("zh_CN");
		await sendFromPage(options, "syncNow", {});
		await options.close();
		const before = proxy.requests.length;
		const inbox = gmailFixture("inbox-2024.html").replaceAll(
			"chen.zm@kinghome.com.tw",
			"li@sales.acme.co.uk",
		);
		const page = await openGmail(browser.context, inbox, "#inbox");
		const badge = await waitForMark(page, SENDER_MARK("li@sales.acme.co.uk"), ".tierline-tier-badge");
		expect(badge.text).toMatch(/^(白金客户|黄金客户|铁质客户|铅质客户)$/);
		const tooltip = badge.attributes.title ?? "";
		expect(tooltip).toMatch(/^客户等级：(白金|黄金|铁质|铅质)客户/);
		expect(tooltip).toContain("Acme Ltd");
		expect(tooltip).toContain("按公司域名匹配");
		expect(tooltip).not.toMatch(/Platinum|Gold|Iron|Lead|Owner|Why/);
		// The other unknown senders were looked up by the API; li@ was answered from the cache alone.
		await expect.poll(() => page.locator('[data-tierline="gmail-sender"]').count()).toBe(3);
		const lookups = proxy.requests.flatMap((r, i) =>
			i >= before && r.endsWith("/v1/lookup") ? [proxy.bodies[i]] : [],
		);
		expect(lookups.length).toBeGreaterThan(0);
		expect(lookups.join("")).not.toContain("li@sales.acme.co.uk");
		await page.close();
	});

	it("bulk and marketing mail gets no '+', in the list and in a thread with a 取消订阅 link", async () => {
		const inbox = gmailFixture("inbox-2024.html").replaceAll(
			"j.schmidt@bauhaus-import.de",
			"email@engage.redhat.com",
		);
		const list = await openGmail(browser.context, inbox, "#inbox");
		await waitForMark(list, SENDER_MARK("m.alfarsi@gulf-trading.ae"), "button");
		await list.waitForTimeout(300);
		expect(await senderMark(list, "email@engage.redhat.com").count()).toBe(0);
		await list.close();

		const newsletter = gmailFixture("thread-en-2024.html")
			.replaceAll("j.schmidt@bauhaus-import.de", "anna@brand-news.de")
			.replace(
				"Friedrichstraße 100, 10117 Berlin, Germany</div>",
				'Friedrichstraße 100, 10117 Berlin, Germany</div><div><a href="https://brand-news.de/u">取消订阅</a></div>',
			);
		const thread = await openGmail(browser.context, newsletter, "#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv");
		await senderMark(thread, "m.alfarsi@gulf-trading.ae").first().waitFor({ timeout: 20_000 });
		await thread.waitForTimeout(300);
		expect(await senderMark(thread, "anna@brand-news.de").count()).toBe(0);
		await thread.close();
	});
});
