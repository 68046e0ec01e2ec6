import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import { clickMark, THREAD_BUTTON, waitForMark } from "./closed-marks";
import { configureExtension, launchBuiltExtension } from "./extension-support";
import { gmailFixture, openGmail } from "./gmail-support";

// Gmail's in-page "Save to Tierline" in real Chromium with the built extension, against the real
// API and D1: the content script sends what the DOM shows, and the background adds what the
// sender's signature says (the thread page carries Jürgen Schmidt's signature with "Tel: +49 30 1234567").
const THREAD_ID = "18cf95c3ca4ccad2";

/** Waits until the Gmail tab's content script has reported the thread (read from the extension's IndexedDB). */
async function waitForReportedThread(extensionPage: Page, threadId: string): Promise<void> {
	await expect
		.poll(
			() =>
				extensionPage.evaluate(async (id) => {
					const db = await new Promise<IDBDatabase>((resolve, reject) => {
						const open = indexedDB.open("tierline");
						open.onsuccess = () => resolve(open.result);
						open.onerror = () => reject(open.error);
					});
					const rows = await new Promise<Array<{ capture: { thread?: { id: string } } }>>((resolve) => {
						const request = db.transaction("pages").objectStore("pages").getAll();
						request.onsuccess = () => resolve(request.result);
					});
					db.close();
					return rows.some((row) => row.capture.thread?.id === id);
				}, threadId),
			{ timeout: 20_000 },
		)
		.toBe(true);
}

describe("Gmail one-click capture with the sender's signature", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Hengda Tools Export");
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("the in-page button's capture reaches D1 with the signature's phone in E.164, title and company", async () => {
		const gmail = await openGmail(
			browser.context,
			gmailFixture("thread-en-2024.html"),
			"#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
		);
		const extensionPage = await browser.openExtensionPage("options.html");
		await waitForReportedThread(extensionPage, THREAD_ID);

		await clickMark(gmail, THREAD_BUTTON, ".tierline-capture-thread");
		// Saved: the button gives way to the sender's tier badge.
		await waitForMark(gmail, THREAD_BUTTON, ".tierline-tier-badge");

		type Row = {
			phone: string | null;
			title: string | null;
			skype: string | null;
			name: string;
			country: string;
		};
		const sql = `select c.phone, c.title, c.skype, cu.name, cu.country from contacts c
			join customers cu on cu.id = c.customer_id and cu.team_id = c.team_id
			where c.team_id = '${team.teamId}' and c.email = 'j.schmidt@bauhaus-import.de'`;
		await expect.poll(async () => (await d1Query<Row>(api, sql)).length, { timeout: 30_000 }).toBe(1);
		const [row] = await d1Query<Row>(api, sql);
		expect(row).toEqual({
			phone: "+49301234567",
			title: "Head of Purchasing",
			skype: "juergen.schmidt.bi",
			name: "Bauhaus Import GmbH",
			country: "DE",
		});
		const phones = await d1Query<{ value: string }>(
			api,
			`select value from identities where team_id = '${team.teamId}' and kind = 'phone'`,
		);
		expect(phones.map((p) => p.value)).toEqual(["+49301234567"]);
		const threads = await d1Query<{ n: number }>(
			api,
			`select count(*) as n from interactions where team_id = '${team.teamId}' and external_id = '${THREAD_ID}'`,
		);
		expect(threads[0]?.n).toBe(1);
		await extensionPage.close();
		await gmail.close();
	});
});
