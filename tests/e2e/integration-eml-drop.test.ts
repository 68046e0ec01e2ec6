import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// The side panel page in real Chromium with the built extension, against the real API and D1:
// a real saved email dropped on the panel (Chromium's own DataTransfer) or chosen with the file
// picker is shown like a page and captured in one click as source "eml", with its thread.
const EMAIL_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/email");

/** Drops a file on the panel the way the browser delivers a drag from the desktop. */
async function dropFile(panel: Page, fixture: string): Promise<void> {
	const bytes = [...readFileSync(path.join(EMAIL_FIXTURES, fixture))];
	const name = path.basename(fixture);
	await panel.evaluate(
		([data, fileName]) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(data)], fileName, { type: "message/rfc822" }));
			const target = document.querySelector("main") ?? document.body;
			for (const type of ["dragenter", "dragover", "drop"]) {
				target.dispatchEvent(
					new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
				);
			}
		},
		[bytes, name] as const,
	);
}

/** Records the scripts a page parses from now on (Chrome DevTools Protocol). */
async function watchScripts(browser: ExtensionBrowser, page: Page): Promise<string[]> {
	const urls: string[] = [];
	const cdp = await browser.context.newCDPSession(page);
	cdp.on("Debugger.scriptParsed", (event) => {
		if (event.url) urls.push(event.url);
	});
	await cdp.send("Debugger.enable");
	return urls;
}

describe("side panel: capture from a dropped .eml", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api);
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	async function captureAndWait(panel: Page, email: string) {
		const card = panel.getByTestId("contact-card").filter({ hasText: email });
		await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain("New lead");
		await card.getByRole("button", { name: /^(Capture|Confirm and capture)$/ }).click();
		await expect
			.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count(), { timeout: 30_000 })
			.toBe(1);
	}

	it("a dropped real email: parser loaded only then, shown like a page, captured into D1 with its thread", async () => {
		const panel = await browser.openExtensionPage("sidepanel.html");
		const scripts = await watchScripts(browser, panel);
		await panel.reload();
		await panel.getByRole("button", { name: "Customers" }).waitFor();
		expect(scripts.some((url) => /\/sidepanel-[\w-]+\.js$/.test(url))).toBe(true);
		expect(scripts.filter((url) => /parse-eml/.test(url))).toEqual([]);

		await dropFile(panel, "talon/apple_mail_2.eml");
		await panel.getByTestId("eml-capture").waitFor({ timeout: 20_000 });
		expect(scripts.filter((url) => /\/parse-eml-[\w-]+\.js$/.test(url))).toHaveLength(1);
		const summary = panel.getByTestId("page-summary");
		expect(await summary.locator(".subject").textContent()).toBe("Re: Hello there");
		expect(await summary.textContent()).toContain("Email file");

		await captureAndWait(panel, "adam@tictail.com");
		const customers = await d1Query<{ customer_id: string }>(
			api,
			`select customer_id from identities where team_id = '${team.teamId}' and kind = 'email' and value = 'adam@tictail.com'`,
		);
		expect(customers).toHaveLength(1);
		const threads = await d1Query<{ source: string; subject: string; customer_id: string }>(
			api,
			`select source, subject, customer_id from interactions where team_id = '${team.teamId}'
			 and external_id = '68001B29-8EA4-444C-A894-0537D2CA5208@tictail.com'`,
		);
		expect(threads).toEqual([
			{ source: "eml", subject: "Re: Hello there", customer_id: customers[0]?.customer_id },
		]);
		await panel.close();
	});

	it("the file picker: a chosen email is captured too; other files get a clear reason", async () => {
		const panel = await browser.openExtensionPage("sidepanel.html");
		await panel.getByRole("button", { name: "Email file" }).click();
		const picker = panel.locator("input[type=file][name=eml]");
		await picker.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
		await expect
			.poll(() => panel.getByTestId("eml-error").textContent())
			.toContain("notes.txt is not an email file");

		await picker.setInputFiles(path.join(EMAIL_FIXTURES, "mailparser/nodemailer.eml"));
		await panel.getByTestId("eml-capture").waitFor({ timeout: 20_000 });
		expect(await panel.getByTestId("eml-error").count()).toBe(0);
		await captureAndWait(panel, "andris@kreata.ee");
		const rows = await d1Query<{ source: string }>(
			api,
			`select i.source from interactions i join identities d on d.customer_id = i.customer_id
			 and d.team_id = i.team_id where i.team_id = '${team.teamId}' and d.kind = 'email'
			 and d.value = 'andris@kreata.ee'`,
		);
		expect(rows).toEqual([{ source: "eml" }]);
		await panel.close();
	});
});
