import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import {
	configureExtension,
	gmailPageCapture,
	launchBuiltExtension,
	openPinnedPanel,
	sendFromPage,
	showPage,
} from "./extension-support";

// The team page: an admin invites a salesperson, whose own browser joins by pasting the message;
// the salesperson captures a lead, the admin sees it; deactivation signs that browser out.
describe("team page: invitations and members", () => {
	let api: ApiServer;
	let team: TestTeam;
	let admin: ExtensionBrowser;
	let seller: ExtensionBrowser;
	let invitation = "";

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Yiwu Lamps Export");
		[admin, seller] = await Promise.all([launchBuiltExtension(), launchBuiltExtension()]);
		await configureExtension(admin, api.url, team.token);
	});
	afterAll(async () => {
		await admin?.close();
		await seller?.close();
		await api?.dispose();
	});

	const memberRow = (page: Page, email: string) =>
		page.locator(`[data-testid=member-row][data-member="${email}"]`);

	it("lets an admin invite a salesperson and get one message to send", async () => {
		const page = await admin.openExtensionPage("team.html#invitations");
		await expect.poll(() => page.getByTestId("signed-in-as").textContent()).toContain("Test Admin · Admin");
		await page.locator("input[name=name]").fill("Zhou Min");
		await page.locator("input[name=email]").fill("zhou.min@yiwu-lamps.example");
		await page.getByRole("button", { name: "Create invitation" }).click();
		const text = page.getByTestId("invitation-text");
		await text.waitFor();
		invitation = await text.inputValue();
		expect(invitation).toContain(`API: ${api.url}`);
		expect(invitation).toMatch(/Code \/ 邀请码: tlinv_[\w-]{40,}/);
		await expect
			.poll(() => page.locator("[data-testid=invitation-row] [data-testid=invitation-status]").textContent())
			.toBe("Waiting");
		await page.close();
	});

	it("connects a second browser when the message is pasted into its settings; the code works once", async () => {
		const options = await seller.openExtensionPage("options.html");
		await options.locator("textarea[name=invitation]").fill(`王芳: 请查收\n${invitation}`);
		await options.getByRole("button", { name: "Join", exact: true }).click();
		await expect
			.poll(() => options.getByTestId("join-status").textContent(), { timeout: 15_000 })
			.toBe("Connected as Zhou Min, team Yiwu Lamps Export.");
		expect(await options.locator("input[name=apiUrl]").inputValue()).toBe(api.url);

		await options.locator("textarea[name=invitation]").fill(invitation);
		await options.getByRole("button", { name: "Join", exact: true }).click();
		await expect
			.poll(() => options.getByTestId("join-status").textContent())
			.toContain("The invitation was already used");
		await options.close();
	});

	it("the new salesperson captures a lead; the admin sees it on the team page", async () => {
		const { panel } = await openPinnedPanel(seller);
		await showPage(panel, gmailPageCapture({ name: "Hans Berger", email: "hans@lichtwerk.de" }));
		await panel
			.getByTestId("contact-card")
			.first()
			.getByRole("button", { name: "Capture", exact: true })
			.click();
		await sendFromPage(panel, "syncNow", {});
		await expect
			.poll(
				async () => (await d1Query(api, "select id from customers where domain = 'lichtwerk.de'")).length,
				{
					timeout: 15_000,
				},
			)
			.toBe(1);
		const own = await seller.openExtensionPage("team.html");
		await expect.poll(() => own.getByTestId("member-row").count()).toBe(1);
		expect(await own.locator("nav a").allTextContents()).toEqual([
			"Members",
			"Dashboard",
			"Customers",
			"Pool rules",
			"Playbooks",
			"Team settings",
		]);

		const page = await admin.openExtensionPage("team.html#members");
		const row = memberRow(page, "zhou.min@yiwu-lamps.example");
		await expect.poll(() => row.locator("td[data-tier=lead]").textContent()).toBe("1");
		expect(await row.getByTestId("member-status").textContent()).toBe("Active");
		await page.close();
		await panel.close();
		await own.close();
	});

	it("deactivating the salesperson signs their browser out with a clear message", async () => {
		const page = await admin.openExtensionPage("team.html#members");
		const row = memberRow(page, "zhou.min@yiwu-lamps.example");
		page.once("dialog", (dialog) => void dialog.accept());
		await row.getByRole("button", { name: "Deactivate" }).click();
		await expect.poll(() => row.getByTestId("member-status").textContent()).toBe("Deactivated");
		await row.getByRole("button", { name: "Tokens (0)" }).click();
		await expect.poll(() => page.getByTestId("token-row").first().textContent()).toContain("Revoked");

		const theirs = await seller.openExtensionPage("team.html");
		await expect
			.poll(() => theirs.getByTestId("signed-out").textContent(), { timeout: 15_000 })
			.toContain(
				"This browser has been signed out of Tierline (The API token is unknown, expired or revoked). Ask your admin for a new invitation.",
			);
		await theirs.close();

		// The last admin cannot demote themself: the page says why, nothing changes.
		await memberRow(page, team.admin.email).locator("select[name=role]").selectOption("sales");
		await expect
			.poll(() => page.getByTestId("members-error").textContent())
			.toContain("at least one active admin");
		await page.close();
	});

	it("shows the audit log filtered by what and exports it as CSV", async () => {
		const page = await admin.openExtensionPage("team.html#audit");
		await page.getByTestId("audit-row").first().waitFor();
		await page.locator("select[name=entity]").selectOption("invitation");
		await page.getByRole("button", { name: "Filter" }).click();
		await expect
			.poll(() =>
				page.getByTestId("audit-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action"))),
			)
			.toEqual(["invitation.accept", "invitation.create"]);
		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.getByRole("button", { name: "Export CSV" }).click(),
		]);
		const csv = await readFile((await download.path()) as string, "utf8");
		const lines = csv
			.replace(/^\uFEFF/, "")
			.trim()
			.split("\r\n");
		expect(lines[0]).toBe("at,actor,action,entity,entity_id,before,after");
		expect(lines.slice(1).map((l) => l.split(",")[2])).toEqual(["invitation.accept", "invitation.create"]);
		await page.close();
	});

	it("playbooks: an admin changes Gold's cadence and the reply window; the defaults stay stored as defaults", async () => {
		const page = await admin.openExtensionPage("team.html#playbooks");
		const cadence = page.locator("input[name='gold.cadenceDays']");
		await cadence.waitFor();
		expect(await cadence.inputValue()).toBe("30");
		await cadence.fill("20");
		await page.locator("input[name=replyWithinHours]").fill("12");
		await page.getByRole("button", { name: "Save playbooks" }).click();
		await expect.poll(() => page.getByTestId("playbooks-status").textContent()).toContain("Saved.");
		const [row] = await d1Query<{ playbooks: string }>(
			api,
			`select playbooks from team_playbooks where team_id = '${team.teamId}'`,
		);
		const stored = JSON.parse(row?.playbooks ?? "{}");
		expect(stored.gold).toEqual({
			cadenceDays: 20,
			nextStep: "Grow share of wallet: propose the next product line",
		});
		expect(stored.replyWithinHours).toBe(12);
		await cadence.fill("0");
		await page.getByRole("button", { name: "Save playbooks" }).click();
		await expect.poll(() => page.locator("[data-tier=gold] small.error").count()).toBe(1);
		await page.close();
	});

	it("team settings: an admin sets the default country for phones; this browser reads it at once", async () => {
		const page = await admin.openExtensionPage("team.html#settings");
		const select = page.locator("select[name=defaultCountry]");
		await select.waitFor();
		expect(await select.inputValue()).toBe("");
		await select.selectOption("US");
		await page
			.locator("textarea[name=industries]")
			.fill("Lights & Lighting\n\nHome & Garden\nlights & lighting");
		await page.getByRole("button", { name: "Save team settings" }).click();
		await expect.poll(() => page.getByTestId("team-settings-status").textContent()).toContain("Saved.");
		expect(await d1Query(api, `select default_country from teams where id = '${team.teamId}'`)).toEqual([
			{ default_country: "US" },
		]);
		// The industries are scoring settings: a new version, its re-score started.
		const [scoring] = await d1Query<{ settings: string; version: number }>(
			api,
			`select settings, version from scoring_settings where team_id = '${team.teamId}'`,
		);
		expect(JSON.parse(scoring?.settings ?? "{}").potential.industries).toEqual([
			"Lights & Lighting",
			"Home & Garden",
		]);
		expect(scoring?.version).toBe(2);
		// The background asked again who it is: its cached team carries the country for signatures.
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const db = await new Promise<IDBDatabase>((resolve, reject) => {
						const open = indexedDB.open("tierline");
						open.onsuccess = () => resolve(open.result);
						open.onerror = () => reject(open.error);
					});
					const row = await new Promise<{ value?: { team?: { defaultCountry?: string } } } | undefined>(
						(resolve) => {
							const request = db.transaction("meta").objectStore("meta").get("me");
							request.onsuccess = () => resolve(request.result);
						},
					);
					db.close();
					return row?.value?.team?.defaultCountry ?? null;
				}),
			)
			.toBe("US");
		await page.reload();
		await expect.poll(() => page.locator("select[name=defaultCountry]").inputValue()).toBe("US");
		await expect
			.poll(() => page.locator("textarea[name=industries]").inputValue())
			.toBe("Lights & Lighting\nHome & Garden");
		await page.close();
	});
});
