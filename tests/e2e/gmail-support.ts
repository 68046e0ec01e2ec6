import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import type { ApiServer } from "../support/api-server";
import { servePage } from "../support/browser";
import { apiFetch } from "../support/team";

export const GMAIL = "https://mail.google.com/mail/u/0/";

export function gmailFixture(name: string): string {
	return readFileSync(path.resolve(import.meta.dirname, "../fixtures/gmail", name), "utf8");
}

/** Serves one saved Gmail page at Gmail's address (replacing what was served before) and opens it. */
export async function openGmail(context: BrowserContext, html: string, hash: string): Promise<Page> {
	await context.unrouteAll({ behavior: "ignoreErrors" });
	await servePage(context, GMAIL, html);
	const page = await context.newPage();
	await page.goto(`${GMAIL}${hash}`);
	return page;
}

/** Seeds a customer through the real API, as a colleague's capture would. */
export async function seedCustomer(
	api: ApiServer,
	token: string,
	contact: { name: string; email: string },
	company: { name: string; domain?: string },
): Promise<void> {
	const response = await apiFetch(api, token, "/v1/captures", {
		body: { source: "gmail", contact, company },
		headers: { "idempotency-key": randomUUID() },
	});
	if (response.status !== 201 && response.status !== 200) {
		throw new Error(`seeding ${contact.email}: ${response.status} ${await response.text()}`);
	}
}

/** The badge (or "+") host right after a sender's name. */
export function senderMark(page: Page, email: string) {
	return page.locator(`span[email="${email}"] + [data-tierline="gmail-sender"]`);
}

/** Bundles a module for the browser as one IIFE (global `name`), the way Vite bundles the extension. */
export async function browserBundle(entry: string, name: string): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: "silent",
		build: { write: false, minify: true, lib: { entry, formats: ["iife"], name } },
	});
	const result = Array.isArray(output) ? output[0] : output;
	if (!result || !("output" in result)) throw new Error("vite did not return a bundle");
	const chunk = result.output.find((item) => item.type === "chunk");
	if (chunk?.type !== "chunk") throw new Error(`no chunk in the bundle of ${entry}`);
	return chunk.code;
}
