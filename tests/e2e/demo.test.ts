import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDemo, openDemo } from "../../scripts/lib/demo-pages";
import { seedDemo } from "../../scripts/seed-demo";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { SENDER_MARK, waitForMark } from "./closed-marks";
import { launchBuiltExtension } from "./extension-support";

const BUYER_MARK = (name: string) =>
	`xpath=//*[normalize-space(text())="${name}"]/following-sibling::*[1][@data-tierline="alibaba-buyer"]`;

/** `npm run demo`: the seeded demo team's customers are the senders of the pages the demo opens. */
describe("npm run demo", () => {
	let api: ApiServer;
	let browser: ExtensionBrowser;
	let demo: OpenedDemo;
	let dir: string;

	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), "tierline-demo-"));
		api = await startApi();
		const { credentials } = await seedDemo(api.url, api.operatorToken, path.join(dir, "credentials.json"));
		browser = await launchBuiltExtension();
		demo = await openDemo(browser, credentials);
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
		await rm(dir, { recursive: true, force: true });
	});

	const page = (label: string) => {
		const found = demo.pages.find((p) => p.label === label);
		if (!found) throw new Error(`no demo page ${label}`);
		return found.page;
	};

	it("the Gmail inbox shows a tier badge beside each sender", async () => {
		const inbox = page("Gmail inbox");
		const tiers = [];
		for (const email of [
			"m.alfarsi@gulf-trading.ae",
			"j.schmidt@bauhaus-import.de",
			"chen.zm@kinghome.com.tw",
		]) {
			const badge = await waitForMark(inbox, SENDER_MARK(email), ".tierline-tier-badge", 30_000);
			tiers.push(badge.attributes["data-tier"]);
		}
		expect(new Set(tiers).size).toBe(3);
	});

	it("the Alibaba inquiry shows its buyer's badge", async () => {
		const inquiry = page("Alibaba.com inquiry");
		const badge = await waitForMark(
			inquiry,
			BUYER_MARK("Ahmed Khalil Al Nuaimi"),
			".tierline-tier-badge",
			30_000,
		);
		expect(badge.attributes["data-tier"]).toMatch(/^(platinum|gold|iron|lead)$/);
	});
});
