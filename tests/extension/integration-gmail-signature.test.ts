import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { createHandlers } from "../../extension/entrypoints/background/handlers";
import { threadRequest } from "../../extension/features/parts/capture-request";
import type { Replies, Reply } from "../../extension/messaging/protocol";
import { createRouter, type Sender } from "../../extension/messaging/router";
import { corporateDomainOf, extractGmailPage } from "../../extension/sites/gmail";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { SyncEngine } from "../../extension/sync/engine";
import { LookupService } from "../../extension/sync/lookup";
import threadEn from "../fixtures/gmail/thread-en-2024.html?raw";

// The background's capture handler, behind its real router, with the real Dexie store: a capture
// from Gmail's in-page button gains the sender's signature details from the tab's reported page.
const THREAD_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv";
const policy = { extensionId: "ext-id", extensionOrigin: "chrome-extension://ext-id/" };
const gmailTab: Sender = { id: "ext-id", url: THREAD_URL, tab: { id: 7, url: THREAD_URL } };
const sidePanel: Sender = { id: "ext-id", url: "chrome-extension://ext-id/sidepanel.html", tab: { id: 7 } };
const alibabaUrl = "https://message.alibaba.com/message/default.htm";
const alibabaTab: Sender = { id: "ext-id", url: alibabaUrl, tab: { id: 9, url: alibabaUrl } };

// What the Gmail content script reports (DOM pass) and what its button sends, both from a real layout.
const page = extractGmailPage(new DOMParser().parseFromString(threadEn, "text/html"), { url: THREAD_URL });
const schmidt = page.contacts.find((c) => c.email === "j.schmidt@bauhaus-import.de")!;
const inPageRequest = threadRequest(page, schmidt, corporateDomainOf(schmidt.email!), () => false);

let db: TierlineDb;
let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
	fakeBrowser.reset();
	db = openDb(`signature-${crypto.randomUUID()}`);
	// Not connected to an API: captures stay in the store and the outbox, where the test reads them.
	const engine = new SyncEngine({ db, getSettings: async () => null, broadcast: () => undefined });
	const lookups = new LookupService(db, async () => ({ matches: {} }));
	route = createRouter(createHandlers({ db, engine, lookups }), policy);
});
afterEach(async () => {
	await db.delete();
});

async function send<T extends keyof Replies>(type: T, payload: unknown, sender: Sender): Promise<Replies[T]> {
	const reply = (await route({ tierline: 1, type, payload }, sender)) as Reply<T>;
	if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
	return reply.data;
}

async function stored(localId: string) {
	const capture = await db.captures.get(localId);
	const entry = await db.outbox.where("captureLocalId").equals(localId).first();
	return { capture, entry };
}

describe("capture from Gmail's in-page button", () => {
	it("the button's request has no signature details of its own", () => {
		expect(inPageRequest.contact).toMatchObject({ email: "j.schmidt@bauhaus-import.de" });
		expect(inPageRequest.contact.phone).toBeUndefined();
		expect(inPageRequest.company?.name).toBeUndefined();
	});

	it("gains the sender's signature details from the tab's page, in the capture and its outbox entry", async () => {
		await send("pageCaptured", { capture: page }, gmailTab);
		const reply = await send("capture", { request: inPageRequest }, gmailTab);
		const { capture, entry } = await stored(reply.localId);
		expect(capture?.request.contact).toMatchObject({
			name: "Jürgen Schmidt",
			email: "j.schmidt@bauhaus-import.de",
			phone: "+49301234567",
			skype: "juergen.schmidt.bi",
			title: "Head of Purchasing",
		});
		expect(capture?.request.company).toMatchObject({
			name: "Bauhaus Import GmbH",
			domain: "bauhaus-import.de",
			website: "www.bauhaus-import.de",
			country: "DE",
		});
		expect(capture?.request.thread?.externalId).toBe("18cf95c3ca4ccad2");
		expect(capture?.keys).toContain("phone:+49301234567");
		expect(entry?.request).toEqual(capture?.request);
	});

	it("keeps what the button sent when the page says otherwise", async () => {
		await send("pageCaptured", { capture: page }, gmailTab);
		const request = {
			...inPageRequest,
			contact: { ...inPageRequest.contact, title: "Managing Director" },
			company: { ...inPageRequest.company, name: "Schmidt Holding" },
		};
		const { capture } = await stored((await send("capture", { request }, gmailTab)).localId);
		expect(capture?.request.contact).toMatchObject({ title: "Managing Director", phone: "+49301234567" });
		expect(capture?.request.company.name).toBe("Schmidt Holding");
	});

	it("sends the button's request as it is when the tab has not reported its page", async () => {
		const { capture } = await stored((await send("capture", { request: inPageRequest }, gmailTab)).localId);
		expect(capture?.request.contact.phone).toBeUndefined();
		expect(capture?.request.company.name).toBeUndefined();
	});

	it("leaves side panel captures (confirmed there by the user) and other sites' tabs alone", async () => {
		await send("pageCaptured", { capture: page }, gmailTab);
		const fromPanel = await stored((await send("capture", { request: inPageRequest }, sidePanel)).localId);
		expect(fromPanel.capture?.request.contact.phone).toBeUndefined();

		await send("pageCaptured", { capture: page }, alibabaTab);
		const other = { ...inPageRequest, contact: { ...inPageRequest.contact, name: "Another capture" } };
		const fromAlibaba = await stored((await send("capture", { request: other }, alibabaTab)).localId);
		expect(fromAlibaba.capture?.request.contact.phone).toBeUndefined();
	});
});
