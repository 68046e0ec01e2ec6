import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { createHandlers } from "../../extension/entrypoints/background/handlers";
import type { Replies, Reply } from "../../extension/messaging/protocol";
import { createRouter, type Sender } from "../../extension/messaging/router";
import { extractGmailPage } from "../../extension/sites/gmail";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { SyncEngine } from "../../extension/sync/engine";
import { LookupService } from "../../extension/sync/lookup";
import threadEn from "../fixtures/gmail/thread-en-2024.html?raw";

// The background's capture handler, behind its real router, with the real Dexie store: Gmail's
// in-page button sends the page it read and the person clicked in ONE message; the background reads
// the signature from that page alone (no earlier report is needed or joined).
const THREAD_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv";
const policy = { extensionId: "ext-id", extensionOrigin: "chrome-extension://ext-id/" };
const gmailTab: Sender = { id: "ext-id", url: THREAD_URL, tab: { id: 7, url: THREAD_URL } };

// What the Gmail content script reads (the DOM pass, no signature parsing) from a real layout.
const page = extractGmailPage(new DOMParser().parseFromString(threadEn, "text/html"), { url: THREAD_URL });
const schmidt = { name: "Jürgen Schmidt", email: "j.schmidt@bauhaus-import.de" };

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
	it("the page the button sends carries the message bodies, not parsed signature fields", () => {
		const contact = page.contacts.find((c) => c.email === schmidt.email);
		expect(contact?.phones).toEqual([]);
		expect(contact?.company).toBeUndefined();
	});

	it("one message is enough: the signature's details land in the capture and its outbox entry", async () => {
		const reply = await send("capturePage", { page, person: schmidt, ownEmails: [] }, gmailTab);
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
		expect(entry?.kind === "capture" && entry.request).toEqual(capture?.request);
		expect(await db.pages.count()).toBe(0);
	});

	it("the member's own messages are the thread's outbound ones", async () => {
		const own = page.thread?.messages.find((m) => m.fromEmail && m.fromEmail !== schmidt.email)?.fromEmail;
		const reply = await send("capturePage", { page, person: schmidt, ownEmails: own ? [own] : [] }, gmailTab);
		const { capture } = await stored(reply.localId);
		const directions = capture?.request.thread?.messages.map((m) => [m.fromEmail, m.direction]) ?? [];
		for (const [from, direction] of directions) expect(direction).toBe(from === own ? "outbound" : "inbound");
	});

	it("refuses a click with nobody to save, and a page that is not a valid page", async () => {
		const none = await route({ tierline: 1, type: "capturePage", payload: { page, person: {} } }, gmailTab);
		expect(none).toMatchObject({ ok: false });
		const bad = await route(
			{ tierline: 1, type: "capturePage", payload: { page: { site: "evil" }, person: schmidt } },
			gmailTab,
		);
		expect(bad).toMatchObject({ ok: false, error: { code: "invalid" } });
		expect(await db.captures.count()).toBe(0);
	});
});
