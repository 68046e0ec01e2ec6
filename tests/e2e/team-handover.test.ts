import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import { configureExtension, launchBuiltExtension } from "./extension-support";

// 人走客留 on the team page: a leaver's customers spread over two colleagues tier by tier, the
// leads released to the pool, in one action, with a CSV report to download.
describe("team page: handover", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;
	const ids: Record<string, string> = {};

	const addMember = async (name: string) => {
		const response = await apiFetch(api, team.token, "/v1/members", {
			body: { name, email: `${name.toLowerCase()}@yiwu-lamps.example`, role: "sales" },
		});
		ids[name] = ((await response.json()) as { id: string }).id;
	};

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Yiwu Lamps Export");
		for (const name of ["Leo", "Ann", "Bob"]) await addMember(name);
		const tiers = ["platinum", "platinum", "gold", "gold", "lead", "lead"];
		for (const [i, tier] of tiers.entries()) {
			const response = await apiFetch(api, team.token, "/v1/captures", {
				body: { source: "gmail", contact: { name: `Buyer ${i}`, email: `buyer@lamp-shop-${i}.de` } },
				headers: { "idempotency-key": crypto.randomUUID() },
			});
			const { customer } = (await response.json()) as CaptureResponse;
			await d1Query(
				api,
				`update customers set tier = '${tier}', owner_id = '${ids.Leo}', name = '客户 ${i}' where id = '${customer.id}'`,
			);
		}
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("previews counts per receiver and tier, hands over in one action and downloads the report", async () => {
		const page = await browser.openExtensionPage("team.html#handover");
		await page.locator("select[name=from]").selectOption({ label: "Leo" });
		await page.getByRole("checkbox", { name: "Ann" }).check();
		await page.getByRole("checkbox", { name: "Bob" }).check();
		await page.locator("select[name=tier-lead]").selectOption("pool");
		await page.getByRole("button", { name: "Preview" }).click();
		const row = (key: string) => page.locator(`[data-testid=handover-receiver][data-receiver="${key}"]`);
		await expect
			.poll(() =>
				row(ids.Ann as string)
					.getByTestId("receiver-total")
					.textContent(),
			)
			.toBe("2");
		expect(
			await row(ids.Ann as string)
				.locator("td[data-tier=platinum]")
				.textContent(),
		).toBe("1");
		expect(
			await row(ids.Bob as string)
				.locator("td[data-tier=gold]")
				.textContent(),
		).toBe("1");
		expect(await row("pool").locator("td[data-tier=lead]").textContent()).toBe("2");

		page.once("dialog", (dialog) => void dialog.accept());
		await page.getByRole("button", { name: "Hand over" }).click();
		await expect
			.poll(() => page.getByTestId("handover-done").textContent())
			.toContain("Handed over 6 customers of Leo.");
		const owners = await d1Query<{ owner_id: string | null; in_pool: number; n: number }>(
			api,
			`select owner_id, in_pool, count(*) as n from customers where team_id = '${team.teamId}' group by owner_id, in_pool order by owner_id`,
		);
		// Member ids are random, so the rows' order is too: compare them as a set.
		expect(owners).toHaveLength(3);
		expect(owners).toEqual(
			expect.arrayContaining([
				{ owner_id: null, in_pool: 1, n: 2 },
				{ owner_id: ids.Ann, in_pool: 0, n: 2 },
				{ owner_id: ids.Bob, in_pool: 0, n: 2 },
			]),
		);

		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.getByRole("button", { name: "Download the report (CSV)" }).click(),
		]);
		const csv = await readFile((await download.path()) as string, "utf8");
		const lines = csv
			.replace(/^\uFEFF/, "")
			.trim()
			.split("\r\n");
		expect(lines[0]).toBe("customer,tier,old_owner,new_owner,handed_over_at");
		expect(lines).toHaveLength(7);
		expect(lines.filter((l) => l.includes(",Pool (公海),"))).toHaveLength(2);
		expect(lines.some((l) => /^客户 \d,Platinum,Leo,(Ann|Bob),/.test(l))).toBe(true);
		await page.close();
	});

	it("shows the receiver the handed-over customers as new to them, until opened", async () => {
		const issued = await apiFetch(api, team.token, "/v1/tokens", {
			body: { memberId: ids.Ann, label: "e2e" },
		});
		const { token } = (await issued.json()) as { token: string };
		const ann = await launchBuiltExtension();
		try {
			await configureExtension(ann, api.url, token);
			const panel = await ann.openExtensionPage("sidepanel.html");
			await panel.getByRole("button", { name: "Customers" }).click();
			const newRows = panel.getByTestId("customer-row").filter({ has: panel.getByTestId("new-to-you") });
			await expect.poll(() => newRows.count(), { timeout: 30_000 }).toBe(2);
			await newRows.first().locator("button.name").click();
			await expect
				.poll(() => panel.getByTestId("handover-notice").textContent())
				.toMatch(/^New to you: handed over by \u2068Leo\u2069 on /);
			await panel.getByRole("button", { name: "Back" }).click();
			await expect.poll(() => newRows.count()).toBe(1);
		} finally {
			await ann.close();
		}
	});
});
