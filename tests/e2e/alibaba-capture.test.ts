import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import type { PageCapture } from "../../shared/schema/page-capture";
import {
	BUYER_SIDE,
	customerInfoAnswer,
	fixture,
	fixtureHtml,
	fixtureText,
	secondPage,
} from "../fixtures/alibaba";
import { type ApiServer, startApi } from "../support/api-server";
import { type ExtensionBrowser, servePage } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { clickMark, readMark, waitForMark } from "./closed-marks";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// Alibaba seller pages (written from FACTS.md) served at their real addresses in real Chromium
// with the built extension, against the real API and D1: a badge for a buyer seeded through the
// API; one buyer seen in the inquiry list, then on the inquiry's detail page (whose buyer details
// arrive through the page's own queryCustomerInfo JSONP call), then in OneTalk, captured into
// one customer; the list's second page read from the page's own subjectList.htm answer; the
// main-world page state reaching the isolated content script; the same buyer later from Gmail.

const INQUIRIES = "https://message.alibaba.com/message/default.htm#feedback/all";
const INQUIRY = "https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765";
const CHAT = "https://onetalk.alibaba.com/message/weblitePWA.htm?from=menu#/chat?cid=cid_7702";
const RFQ = "https://sourcing.alibaba.com/rfq/onepage/rfq_detail.htm?p=9B0E2D4471C84A11";
const AHMED = "2201587430921";
const SOFIA = "2206671203385";
const JEAN_PIERRE = "2198045512760";
/** extension/entrypoints/background/context-menu.ts (not imported: it needs the extension runtime). */
const CAPTURE_SELECTION_MENU = "tierline-capture-selection";

async function capture(api: ApiServer, token: string, body: unknown): Promise<CaptureResponse> {
	const response = await apiFetch(api, token, "/v1/captures", {
		body,
		headers: { "idempotency-key": randomUUID() },
	});
	if (response.status !== 201 && response.status !== 200) {
		throw new Error(`capture: ${response.status} ${await response.text()}`);
	}
	return (await response.json()) as CaptureResponse;
}

/** Serves the page, and the answers to the page's own requests the real site would give. */
async function open(
	browser: ExtensionBrowser,
	url: string,
	html: string,
	answers: Array<{ url: RegExp; contentType: string; body: string }> = [],
): Promise<Page> {
	await browser.context.unrouteAll({ behavior: "ignoreErrors" });
	await servePage(browser.context, url, html);
	for (const answer of answers)
		await browser.context.route(answer.url, (route) =>
			route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body }),
		);
	const page = await browser.context.newPage();
	await page.goto(url);
	return page;
}

/** The host of the buyer mark (badge or "+", in a closed root) right after the buyer's name. */
const BUYER_MARK = (name: string) =>
	`xpath=//*[normalize-space(text())="${name}"]/following-sibling::*[1][@data-tierline="alibaba-buyer"]`;
const CAPTURE_BUTTON = '[data-tierline="alibaba-capture"]';

/** The capture button's state, read inside its closed root. */
async function buttonState(page: Page): Promise<string | undefined> {
	return (await readMark(page, CAPTURE_BUTTON, ".tierline-alibaba-capture"))?.attributes["data-state"];
}

/** Every identity of the customer that holds `buyerId`. */
function identitiesOf(api: ApiServer, teamId: string, buyerId: string) {
	return d1Query<{ customer_id: string; kind: string; value: string }>(
		api,
		`select customer_id, kind, value from identities where team_id = '${teamId}'
		 and customer_id in (select customer_id from identities where kind = 'buyer_id' and value = '${buyerId}')`,
	);
}

/** What the page's content script reported to the background (the side panel's input). */
async function reportedPage(browser: ExtensionBrowser, url: string): Promise<PageCapture | null> {
	return browser.serviceWorker.evaluate(async (pageUrl) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open("tierline");
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const rows = await new Promise<Array<{ capture: PageCapture }>>((resolve, reject) => {
			const request = db.transaction("pages").objectStore("pages").getAll();
			request.onsuccess = () => resolve(request.result as Array<{ capture: PageCapture }>);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return rows.find((row) => row.capture.url === pageUrl)?.capture ?? null;
	}, url);
}

describe("Alibaba.com: badges, one buyer across the list, the inquiry and the chat, and Gmail", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Hengda Pipes Export");
		await capture(api, team.token, {
			source: "alibaba",
			contact: { name: "Sofía Ramírez Castillo", buyerId: SOFIA },
			company: { name: "Distribuidora Ramírez Castillo S.A. de C.V.", country: "MX" },
		});
		browser = await launchBuiltExtension();
		await (await configureExtension(browser, api.url, team.token)).close();
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("inquiry list: a tier badge beside the seeded buyer, a + beside unknown buyers", async () => {
		const page = await open(browser, INQUIRIES, fixtureHtml(fixture("inquiry-list", "en", "state")));
		const badge = await waitForMark(page, BUYER_MARK("Sofía Ramírez Castillo"), ".tierline-tier-badge");
		expect(badge.attributes["data-tier"]).toMatch(/^(platinum|gold|iron|lead)$/);
		expect(badge.attributes.title ?? "").toContain("Distribuidora Ramírez Castillo");
		await waitForMark(page, BUYER_MARK("Ahmed Khalil Al Nuaimi"), ".tierline-capture-sender");
		// One mark per named buyer, however often the page was read.
		expect(await page.locator('[data-tierline="alibaba-buyer"]').count()).toBe(4);
		await page.close();
	});

	it("the list's second page: the page's own subjectList.htm answer is read, never asked for by us", async () => {
		const requests: string[] = [];
		const { answer, rowsHtml } = secondPage();
		const page = await open(browser, INQUIRIES, fixtureHtml(fixture("inquiry-list", "en", "dom")), [
			{
				url: /\/message\/ajax\/feedback\/subjectList\.htm/,
				contentType: "application/json",
				body: JSON.stringify(answer),
			},
		]);
		page.on("request", (request) => requests.push(request.url()));
		// Rows the DOM alone shows carry no buyer id: no mark until the page's own answer brings one.
		const firstRow = async () =>
			(await reportedPage(browser, INQUIRIES))?.rows.find((r) => r.threadId === "inquiry:10231847765");
		await expect
			.poll(async () => (await firstRow())?.senders, { timeout: 20_000 })
			.toEqual([{ name: "Ahmed Khalil Al Nuaimi" }]);
		expect((await firstRow())?.buyerId).toBeUndefined();
		// The page loads its next page as you scroll, and draws its rows.
		await page.evaluate((rows) => {
			const xhr = new XMLHttpRequest();
			xhr.open("GET", "/message/ajax/feedback/subjectList.htm?page=2&pageSize=5");
			xhr.onload = () => document.querySelector(".inquiry-list")?.insertAdjacentHTML("beforeend", rows);
			xhr.send();
		}, rowsHtml);
		await waitForMark(page, BUYER_MARK("Olusegun Adeyemi"), ".tierline-capture-sender");
		await expect
			.poll(
				async () =>
					(await reportedPage(browser, INQUIRIES))?.rows.find((r) => r.threadId === "inquiry:10231829913")
						?.buyerId,
				{
					timeout: 20_000,
				},
			)
			.toBe("2199907134458");
		expect(requests.filter((url) => /subjectList/.test(url))).toHaveLength(1);
		await page.close();
	});

	it("the inquiry's detail page: the page's own buyer details, one click, one customer with the list's buyer id", async () => {
		const page = await open(browser, INQUIRY, fixtureHtml(fixture("inquiry-detail", "en", "state")), [
			{
				url: /alicrm\.alibaba\.com\/jsonp\/customerPluginQueryServiceI\/queryCustomerInfo\.json/,
				contentType: "application/javascript",
				body: `jsonp_qci_1(${JSON.stringify(customerInfoAnswer())})`,
			},
		]);
		await expect
			.poll(async () => (await reportedPage(browser, INQUIRY))?.contacts[0]?.email, { timeout: 20_000 })
			.toBe("ahmed@alnoor-trading.ae");
		// The page still got its answer, unchanged.
		expect(
			await page.evaluate(() => (window as unknown as { __customerInfoShown?: boolean }).__customerInfoShown),
		).toBe(true);
		const reported = await reportedPage(browser, INQUIRY);
		expect(reported?.contacts[0]).toMatchObject({
			buyerId: AHMED,
			phones: ["+971503184821"],
			sources: { email: "state" },
		});
		expect(reported?.signals?.platform).toMatchObject({ tradeAssuranceOrders: 3, level: "L3" });

		await clickMark(page, CAPTURE_BUTTON, ".tierline-alibaba-capture");
		await expect.poll(() => buttonState(page), { timeout: 20_000 }).toMatch(/^(saved|partly)$/);
		await expect
			.poll(async () => (await identitiesOf(api, team.teamId, AHMED)).length, { timeout: 30_000 })
			.toBeGreaterThan(0);
		const rows = await identitiesOf(api, team.teamId, AHMED);
		expect(new Set(rows.map((r) => r.customer_id)).size).toBe(1);
		expect(rows.map((r) => `${r.kind}:${r.value}`)).toEqual(
			expect.arrayContaining([
				`buyer_id:${AHMED}`,
				"email:ahmed@alnoor-trading.ae",
				"domain:alnoor-trading.ae",
			]),
		);
		const [customer] = await d1Query<{ name: string; country: string }>(
			api,
			`select name, country from customers where id = '${rows[0]?.customer_id}'`,
		);
		expect(customer).toEqual({ name: "Al Noor Building Materials Trading LLC", country: "AE" });
		const interactions = await d1Query<{ external_id: string }>(
			api,
			`select external_id from interactions where team_id = '${team.teamId}' and customer_id = '${rows[0]?.customer_id}'`,
		);
		expect(interactions.map((i) => i.external_id)).toEqual(["inquiry:10231847765"]);
		await page.close();
	});

	it("OneTalk: Ahmed's conversation is the same customer, his badge beside the card's name", async () => {
		const html = fixtureHtml(fixture("chat", "en", "state")).replace(
			'<span class="name-text">Sofía Ramírez Castillo</span>',
			'<span class="name-text">Ahmed Khalil Al Nuaimi</span>',
		);
		const page = await open(browser, CHAT, html);
		// The card's country as a name ("Mexico" here): read with the names table the script loads.
		await expect
			.poll(async () => (await reportedPage(browser, CHAT))?.contacts[0]?.country, { timeout: 20_000 })
			.toBe("MX");
		expect((await reportedPage(browser, CHAT))?.contacts[0]?.buyerId).toBe(AHMED);
		await waitForMark(page, BUYER_MARK("Ahmed Khalil Al Nuaimi"), ".tierline-tier-badge");
		await clickMark(page, CAPTURE_BUTTON, ".tierline-alibaba-capture");
		await expect.poll(() => buttonState(page), { timeout: 20_000 }).toMatch(/^(saved|partly)$/);
		const rows = await identitiesOf(api, team.teamId, AHMED);
		expect(new Set(rows.map((r) => r.customer_id)).size).toBe(1);
		await page.close();
	});

	it("inquiry list: a + on a row saves that buyer by his accountId", async () => {
		const page = await open(browser, INQUIRIES, fixtureHtml(fixture("inquiry-list", "en", "state")));
		await waitForMark(page, BUYER_MARK("Ahmed Khalil Al Nuaimi"), ".tierline-tier-badge");
		await clickMark(page, BUYER_MARK("Jean-Pierre Moreau"), ".tierline-capture-sender");
		await waitForMark(page, BUYER_MARK("Jean-Pierre Moreau"), ".tierline-tier-badge");
		await expect
			.poll(
				async () =>
					(
						await d1Query<{ n: number }>(
							api,
							`select count(*) as n from identities where team_id = '${team.teamId}' and kind = 'buyer_id' and value = '${JEAN_PIERRE}'`,
						)
					)[0]?.n,
				{ timeout: 30_000 },
			)
			.toBe(1);
		await page.close();
	});

	it("the same buyer's email captured later from Gmail is the same customer", async () => {
		const [alibaba] = await d1Query<{ customer_id: string }>(
			api,
			`select customer_id from identities where team_id = '${team.teamId}' and kind = 'buyer_id' and value = '${AHMED}'`,
		);
		const gmail = await capture(api, team.token, {
			source: "gmail",
			contact: { name: "Ahmed Khalil Al Nuaimi", email: "ahmed@alnoor-trading.ae" },
			company: {},
			thread: {
				kind: "email",
				externalId: "18d2f0c4a9e1b7aa",
				subject: "Re: PPR pipes PN20 quotation",
				messages: [],
			},
		});
		expect(gmail.created).toBe(false);
		expect(gmail.customer.id).toBe(alibaba?.customer_id);
		const customers = await d1Query<{ n: number }>(
			api,
			`select count(*) as n from customers where team_id = '${team.teamId}' and deleted_at is null`,
		);
		// Sofía (seeded), Ahmed (list, inquiry, chat, then Gmail) and Jean-Pierre.
		expect(customers[0]?.n).toBe(3);
	});

	it("page state crosses from the main world to the content script, only what we use", async () => {
		const page = await open(browser, RFQ, fixtureHtml(fixture("rfq-detail", "en", "state")));
		await expect
			.poll(async () => (await reportedPage(browser, RFQ))?.contacts[0]?.sources.name, { timeout: 20_000 })
			.toBe("state");
		const reported = await reportedPage(browser, RFQ);
		expect(reported?.thread?.id).toBe("rfq:9B0E2D4471C84A11");
		expect(reported?.signals?.platform?.completesOrdersViaPlatform).toBe(true);
		expect(reported?.thread?.messages[0]?.body).toMatch(/^We are looking for PPR pipes/);
		// The page's own state is untouched by the extension.
		expect(
			await page.evaluate(() => Object.keys((window as unknown as { PAGE_DATA: object }).PAGE_DATA)),
		).toEqual(["detail"]);
		await page.close();
	});

	it("a buyer-side page gets no marks and no report", async () => {
		const page = await open(browser, BUYER_SIDE.url, fixtureText(BUYER_SIDE.file));
		await page.waitForTimeout(1500);
		expect(await page.locator("[data-tierline]").count()).toBe(0);
		expect(await reportedPage(browser, BUYER_SIDE.url)).toBeNull();
		await page.close();
	});

	it("the Capture as lead menu is registered for selections on any page", async () => {
		const update = (id: string) =>
			browser.serviceWorker.evaluate(async (menuId) => {
				const chrome = (
					globalThis as unknown as {
						chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
					}
				).chrome;
				return chrome.contextMenus.update(menuId, {}).then(
					() => "exists",
					(error: Error) => error.message,
				);
			}, id);
		await expect.poll(() => update(CAPTURE_SELECTION_MENU), { timeout: 10_000 }).toBe("exists");
		expect(await update("no-such-menu")).not.toBe("exists");
	});
});
