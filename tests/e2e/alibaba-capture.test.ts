import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import type { PageCapture } from "../../shared/schema/page-capture";
import { fixture, fixtureHtml } from "../fixtures/alibaba";
import { type ApiServer, startApi } from "../support/api-server";
import { type ExtensionBrowser, servePage } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { clickMark, readMark, waitForMark } from "./closed-marks";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// Alibaba seller pages served at their real addresses in real Chromium with the built extension,
// against the real API and D1: a badge for a buyer seeded through the API, one-click capture of
// an inquiry's buyer into one customer, that customer found again by a later Gmail capture of
// the buyer's email, and the main-world page state reaching the isolated content script.

const INQUIRIES = "https://message.alibaba.com/message/default.htm#feedback/all";
const INQUIRY = "https://message.alibaba.com/message/maDetail.htm?imInquiryId=10231847765";
const RFQ = "https://sourcing.alibaba.com/rfq_detail.htm?p=9B0E2D4471C84A11";
const AHMED = "ae1520887410qzfd";
const SOFIA = "mx1498230017kbtr";
const JEAN_PIERRE = "fr1377420951wzcx";
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

async function open(browser: ExtensionBrowser, url: string, html: string): Promise<Page> {
	await browser.context.unrouteAll({ behavior: "ignoreErrors" });
	await servePage(browser.context, url, html);
	const page = await browser.context.newPage();
	await page.goto(url);
	return page;
}

/** The buyer mark (badge or "+") drawn right after the buyer's name link. */
/** The mark host beside a buyer's name (its badge or "+" lives in a closed root: see closed-marks.ts). */
const BUYER_MARK = (buyerId: string) =>
	`a[href*="buyerMemberId=${buyerId}"] + [data-tierline="alibaba-buyer"]`;
const CAPTURE_BUTTON = '[data-tierline="alibaba-capture"]';

function buyerMark(page: Page, buyerId: string) {
	return page.locator(BUYER_MARK(buyerId));
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

describe("Alibaba.com: badges, one-click capture, one customer across Alibaba and Gmail", () => {
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
		const page = await open(browser, INQUIRIES, fixtureHtml(fixture("inquiry-list", "en", "dom")));
		const badge = await waitForMark(page, BUYER_MARK(SOFIA), ".tierline-tier-badge");
		expect(badge.attributes["data-tier"]).toMatch(/^(platinum|gold|iron|lead)$/);
		expect(badge.attributes.title ?? "").toContain("Distribuidora Ramírez Castillo");
		await waitForMark(page, BUYER_MARK(AHMED), ".tierline-capture-sender");
		// One mark per buyer, however often the page was read.
		expect(await page.locator('[data-tierline="alibaba-buyer"]').count()).toBe(5);
		await page.close();
	});

	it("capture: one click on an inquiry saves the buyer into one customer in D1; the badge follows", async () => {
		// The Chinese seller interface, without page state: labels and links carry the page.
		const page = await open(browser, INQUIRY, fixtureHtml(fixture("inquiry-detail", "zh", "dom")));
		await waitForMark(page, CAPTURE_BUTTON, ".tierline-alibaba-capture");
		expect(await buyerMark(page, AHMED).count()).toBe(0);
		await clickMark(page, CAPTURE_BUTTON, ".tierline-alibaba-capture");
		// Saved at once; the subject and message (free text here) wait in the side panel.
		await expect
			.poll(async () => (await readMark(page, CAPTURE_BUTTON, "button"))?.attributes["data-state"], {
				timeout: 20_000,
			})
			.toBe("partly");
		await waitForMark(page, BUYER_MARK(AHMED), ".tierline-tier-badge");

		const identities = async () =>
			d1Query<{ customer_id: string; kind: string; value: string }>(
				api,
				`select customer_id, kind, value from identities where team_id = '${team.teamId}'
				 and customer_id in (select customer_id from identities where kind = 'buyer_id' and value = '${AHMED}')`,
			);
		await expect.poll(async () => (await identities()).length, { timeout: 30_000 }).toBeGreaterThan(0);
		const rows = await identities();
		expect(new Set(rows.map((r) => r.customer_id)).size).toBe(1);
		// The buyer id is an identity, and so is the company domain the masked email shows.
		expect(rows.map((r) => `${r.kind}:${r.value}`)).toEqual(
			expect.arrayContaining([`buyer_id:${AHMED}`, "domain:alnoor-trading.ae"]),
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
		// The whole page, with what to confirm, went to the side panel.
		const reported = await reportedPage(browser, INQUIRY);
		expect(reported?.unconfirmed).toEqual(
			expect.arrayContaining(["thread.subject", "thread.messages.0.body"]),
		);
		await page.close();
	});

	it("inquiry list: the captured buyer's badge; a + on a row saves that buyer", async () => {
		const page = await open(browser, INQUIRIES, fixtureHtml(fixture("inquiry-list", "en", "state")));
		await waitForMark(page, BUYER_MARK(AHMED), ".tierline-tier-badge");
		await clickMark(page, BUYER_MARK(JEAN_PIERRE), ".tierline-capture-sender");
		await waitForMark(page, BUYER_MARK(JEAN_PIERRE), ".tierline-tier-badge");
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
		// Sofía (seeded), Ahmed (Alibaba, then Gmail) and Jean-Pierre.
		expect(customers[0]?.n).toBe(3);
	});

	it("page state crosses from the main world to the content script, only what we use", async () => {
		const page = await open(browser, RFQ, fixtureHtml(fixture("rfq-detail", "en", "state")));
		await expect
			.poll(async () => (await reportedPage(browser, RFQ))?.contacts[0]?.sources.name, { timeout: 20_000 })
			.toBe("state");
		const reported = await reportedPage(browser, RFQ);
		expect(reported?.thread?.id).toBe("rfq:9B0E2D4471C84A11");
		expect(reported?.signals?.platform?.completesOrdersViaPlatform).toBe(false);
		expect(reported?.unconfirmed).toEqual([]);
		// The page's own state is untouched by the extension.
		expect(
			await page.evaluate(() => Object.keys((window as unknown as { PAGE_DATA: object }).PAGE_DATA)),
		).toEqual(["detail", "i18n"]);
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
