import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { createHandlers } from "../../extension/entrypoints/background/handlers";
import { setLocale } from "../../extension/i18n";
import { createRouter } from "../../extension/messaging/router";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { setMeta } from "../../extension/store/meta";
import { SyncEngine } from "../../extension/sync/engine";
import { LookupService } from "../../extension/sync/lookup";
import { SidePanelApp } from "../../extension/ui/side-panel/app";
import { MAX_EML_BYTES } from "../../extension/ui/side-panel/eml-file";

// The side panel (real components, real Dexie store in fake-indexeddb) with the background's real
// router and capture handler answering its messages: a dropped or chosen .eml is read, shown like a
// page, and captured with one click as source "eml" with its thread.
const EMAIL_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/email");
const emlFile = (relative: string) =>
	new File([readFileSync(path.join(EMAIL_FIXTURES, relative))], path.basename(relative), {
		type: "message/rfc822",
	});

// Written for this test: a buyer's message whose signature carries phone, title and company.
const SIGNED_EML = [
	"From: Omar Haddad <omar@gulf-imports.ae>",
	"To: Li Wei <li.wei@hengda-tools.com>",
	"Subject: Inquiry: 2,000 pcs bottles",
	"Message-ID: <inq-2000@gulf-imports.ae>",
	"Date: Tue, 10 Feb 2026 09:30:00 +0400",
	"Content-Type: text/plain; charset=utf-8",
	"",
	"Dear Li Wei,",
	"please quote 2,000 pcs FOB Ningbo.",
	"",
	"Best regards,",
	"Omar Haddad",
	"Purchasing Manager",
	"Gulf Imports LLC",
	"Tel: +971 50 123 4567",
	"",
].join("\r\n");

let db: TierlineDb;
let root: HTMLElement;

beforeEach(async () => {
	fakeBrowser.reset();
	db = openDb(`eml-${crypto.randomUUID()}`);
	const engine = new SyncEngine({ db, getSettings: async () => null, broadcast: () => undefined });
	const lookups = new LookupService(db, async () => ({ matches: {} }));
	const route = createRouter(createHandlers({ db, engine, lookups }), {
		extensionId: fakeBrowser.runtime.id,
		extensionOrigin: "chrome-extension://test/",
	});
	const panel = { id: fakeBrowser.runtime.id, url: "chrome-extension://test/sidepanel.html" };
	fakeBrowser.runtime.onMessage.addListener((message: unknown) => route(message, panel));
	root = document.createElement("div");
	document.body.append(root);
});
afterEach(async () => {
	render(null, root);
	root.remove();
	await db.delete();
});

/** Renders the panel and runs its effects (the panel-wide drop listener among them). */
function showPanel(): void {
	act(() => render(<SidePanelApp db={db} pinnedTabId={1} />, root));
}

async function until<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
	for (let i = 0; i < 200; i++) {
		const value = read();
		if (value) return value;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/**
 * A file dropped on the panel. happy-dom's DragEvent leaves `dataTransfer` out of its init and
 * lists a file's MIME type in `types` where browsers say "Files", so the event carries what a
 * browser's would (the e2e test drops through Chromium's own DataTransfer).
 */
function drop(file: File): void {
	const transfer = new DataTransfer();
	transfer.items.add(file);
	const event = new DragEvent("drop", { bubbles: true, cancelable: true });
	Object.defineProperty(event, "dataTransfer", {
		value: { types: ["Files"], files: transfer.files, dropEffect: "none" },
	});
	root.dispatchEvent(event);
	expect(event.defaultPrevented).toBe(true);
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const cards = () => [...root.querySelectorAll<HTMLElement>('[data-testid="contact-card"]')];
const cardOf = (email: string) => cards().find((card) => card.textContent?.includes(email));
const button = (within: HTMLElement, label: string) =>
	[...within.querySelectorAll("button")].find((b) => b.textContent === label);

describe("side panel: a dropped .eml", () => {
	it("shows a real saved email like a page and captures its sender with the thread, as source eml", async () => {
		showPanel();
		await until(() => root.querySelector("nav"), "the panel");
		drop(emlFile("talon/apple_mail_2.eml"));

		const summary = await until(() => byTestId("page-summary"), "the summary");
		expect(summary.textContent).toContain("Email file");
		expect(summary.querySelector(".subject")?.textContent).toBe("Re: Hello there");
		expect(byTestId("eml-capture")?.textContent).toContain("apple_mail_2.eml");
		const sender = await until(() => cardOf("adam@tictail.com"), "the sender's card");
		expect(sender.querySelector("h3.name")?.textContent).toBe("Adam Renberg");
		expect(cardOf("tgwizard@gmail.com")).toBeDefined();

		(await until(() => button(sender, "Capture"), "the capture button")).click();
		const stored = await waitForCapture();
		expect(stored.request).toMatchObject({
			source: "eml",
			contact: { name: "Adam Renberg", email: "adam@tictail.com" },
			company: { domain: "tictail.com" },
			thread: {
				kind: "email",
				externalId: "68001B29-8EA4-444C-A894-0537D2CA5208@tictail.com",
				subject: "Re: Hello there",
				occurredAt: "2015-08-22T17:22:20.000Z",
			},
		});
		expect(stored.request.thread?.messages[0]?.body).toBe("Hello");
		expect(await db.outbox.where("captureLocalId").equals(stored.localId).count()).toBe(1);
		// The card now shows the local capture, waiting to sync.
		await until(() => cardOf("adam@tictail.com")?.querySelector('[data-testid="local-capture"]'), "pending");
	});

	it("marks signature details for confirmation, and leaves out the member", async () => {
		await setMeta(db, "me", {
			team: { id: "t1", name: "Hengda Tools", createdAt: "2026-01-01T00:00:00.000Z" },
			member: {
				id: "m1",
				name: "Li Wei",
				email: "li.wei@hengda-tools.com",
				role: "sales",
				active: true,
				createdAt: "2026-01-01T00:00:00.000Z",
			},
		});
		showPanel();
		await until(() => root.querySelector("nav"), "the panel");
		drop(new File([SIGNED_EML], "inquiry.eml"));
		const card = await until(() => cardOf("omar@gulf-imports.ae"), "the buyer's card");
		expect(cards()).toHaveLength(1);
		const phone = await until(() => card.querySelector<HTMLInputElement>("input[name=phone]"), "the form");
		expect(phone.value).toBe("+971501234567");
		expect(phone.closest("label")?.classList.contains("unconfirmed")).toBe(true);
		expect(card.querySelector<HTMLInputElement>("input[name=title]")?.value).toBe("Purchasing Manager");
		expect(card.querySelector<HTMLInputElement>("input[name=email]")?.closest("label")?.className).toBe(
			"field",
		);
		(await until(() => button(card, "Confirm and capture"), "the confirm button")).click();
		const stored = await waitForCapture();
		expect(stored.request.source).toBe("eml");
		expect(stored.request.contact).toMatchObject({ phone: "+971501234567", title: "Purchasing Manager" });
		expect(stored.request.thread?.messages[0]?.direction).toBe("inbound");
	});

	it("the file picker reads the chosen file too", async () => {
		showPanel();
		const tab = await until(() => button(root, "Email file"), "the Email file tab");
		tab.click();
		const input = await until(() => root.querySelector<HTMLInputElement>("input[type=file]"), "the picker");
		expect(input.accept).toContain(".eml");
		expect(button(root, "Choose an .eml file…")).toBeDefined();
		const transfer = new DataTransfer();
		transfer.items.add(emlFile("mailparser/nodemailer.eml"));
		input.files = transfer.files;
		input.dispatchEvent(new Event("change", { bubbles: true }));
		await until(() => cardOf("andris@kreata.ee"), "the sender's card");
		expect(byTestId("page-summary")?.textContent).toContain("Nodemailer is unicode friendly");
	});

	it("says clearly why a file cannot be read: not an email, too large, unreadable", async () => {
		showPanel();
		await until(() => root.querySelector("nav"), "the panel");
		const errorAfter = async (file: File) => {
			drop(file);
			const shown = () => byTestId("eml-error")?.textContent ?? "";
			return until(() => shown().startsWith(file.name) && shown(), `the error for ${file.name}`);
		};
		expect(await errorAfter(new File(["hello"], "notes.txt", { type: "text/plain" }))).toContain(
			"notes.txt is not an email file",
		);
		expect(await errorAfter(new File([new Uint8Array(MAX_EML_BYTES + 1)], "huge.eml"))).toBe(
			"huge.eml is larger than 10 MB. Save the message without its attachments and try again.",
		);
		expect(await errorAfter(new File(["just some words\nand more"], "words.eml"))).toBe(
			"words.eml could not be read as an email: it names no sender or recipient.",
		);
		expect(cards()).toHaveLength(0);
		expect(await db.captures.count()).toBe(0);
	});

	it("speaks Chinese when the panel does", async () => {
		act(() => setLocale("zh_CN"));
		try {
			showPanel();
			expect(button(root, "邮件文件")).toBeDefined();
			drop(new File(["hello"], "报价.txt", { type: "text/plain" }));
			const error = await until(() => byTestId("eml-error")?.textContent, "the error");
			expect(error).toMatch(/^报价\.txt 不是邮件文件。/);
			expect(byTestId("eml-drop")?.textContent).toContain("选择 .eml 文件…");
		} finally {
			act(() => setLocale("en"));
		}
	});
});

async function waitForCapture() {
	for (let i = 0; i < 200; i++) {
		const [capture] = await db.captures.toArray();
		if (capture) return capture;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error("no capture stored");
}
