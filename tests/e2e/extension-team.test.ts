import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptureResponse } from "../../shared/schema/customer";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { apiFetch, createTeam, d1Query, type TestTeam } from "../support/team";
import {
	configureExtension,
	gmailPageCapture,
	launchBuiltExtension,
	openPinnedPanel,
	sendFromPage,
	showPage,
} from "./extension-support";

// Working beside colleagues: their customers are flagged, transfers are asked for, the pool is claimed,
// and a customer's record is edited with conflicts shown rather than overwritten.
describe("extension with a team", () => {
	let api: ApiServer;
	let team: TestTeam;
	let colleagueToken: string;
	let browser: ExtensionBrowser;

	const capture = async (token: string, email: string, name: string) => {
		const response = await apiFetch(api, token, "/v1/captures", {
			body: { source: "gmail", contact: { name, email } },
			headers: { "idempotency-key": crypto.randomUUID() },
		});
		expect(response.status).toBe(201);
		return ((await response.json()) as CaptureResponse).customer;
	};

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api);
		const member = await apiFetch(api, team.token, "/v1/members", {
			body: { name: "Chen Jing", email: "chen.jing@our-factory.example", role: "sales" },
		});
		const memberId = ((await member.json()) as { id: string }).id;
		const token = await apiFetch(api, team.token, "/v1/tokens", { body: { memberId } });
		colleagueToken = ((await token.json()) as { token: string }).token;
		browser = await launchBuiltExtension();
		await configureExtension(browser, api.url, team.token);
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("flags a colleague's customer and sends a transfer request to its owner", async () => {
		const theirs = await capture(colleagueToken, "anna@brandhaus.de", "Anna Schmidt");
		const { panel } = await openPinnedPanel(browser);
		await sendFromPage(panel, "syncNow", {});
		await showPage(panel, gmailPageCapture({ name: "Anna Schmidt", email: "anna@brandhaus.de" }));
		const notice = panel.getByTestId("owned-by-colleague");
		await expect
			.poll(() => notice.textContent())
			.toMatch(/Owned by \u2068Chen Jing\u2069 since .+ — ask before contacting\./);
		expect(await notice.textContent()).toContain(
			"This asks \u2068Chen Jing\u2069 to transfer the customer to you",
		);
		await notice.getByRole("button", { name: "Request transfer" }).click();
		await expect
			.poll(() => notice.textContent())
			.toContain("Transfer request sent to \u2068Chen Jing\u2069.");
		const requests = await d1Query<{ requester_id: string; state: string }>(
			api,
			`select requester_id, state from transfer_requests where team_id = '${team.teamId}' and customer_id = '${theirs.id}'`,
		);
		expect(requests).toEqual([{ requester_id: team.admin.id, state: "pending" }]);
		const [owner] = await d1Query<{ owner_id: string }>(
			api,
			`select owner_id from customers where id = '${theirs.id}'`,
		);
		expect(owner?.owner_id).not.toBe(team.admin.id);
		await panel.close();
	});

	it("offers to claim a customer in the public pool", async () => {
		const pooled = await capture(colleagueToken, "omar@gulf-imports.ae", "Omar Haddad");
		const released = await apiFetch(api, colleagueToken, `/v1/customers/${pooled.id}/release`, { body: {} });
		expect(released.status).toBe(200);
		const { panel } = await openPinnedPanel(browser);
		await sendFromPage(panel, "syncNow", {});
		await showPage(panel, gmailPageCapture({ name: "Omar Haddad", email: "omar@gulf-imports.ae" }));
		const card = panel.getByTestId("contact-card");
		await expect.poll(() => card.textContent()).toContain("In the public pool");
		await card.getByRole("button", { name: "Claim" }).click();
		await expect.poll(() => card.textContent()).toContain("Your customer.");
		const [row] = await d1Query<{ owner_id: string; in_pool: number }>(
			api,
			`select owner_id, in_pool from customers where id = '${pooled.id}'`,
		);
		expect(row).toEqual({ owner_id: team.admin.id, in_pool: 0 });
		await panel.close();
	});

	it("opens a customer: adds a note and an order, and shows an edit conflict instead of overwriting", async () => {
		const mine = await capture(team.token, "li.na@sh-trading.cn", "Shanghai Trading");
		const { panel } = await openPinnedPanel(browser);
		await sendFromPage(panel, "syncNow", {});
		await panel.getByRole("button", { name: "Customers", exact: true }).click();
		await panel.locator("input.search").fill("li.na@");
		await panel.getByTestId("customer-row").getByRole("button", { name: mine.name }).click();
		const view = panel.getByTestId("customer-view");
		await view.getByRole("heading", { name: "Timeline" }).waitFor();

		await view.locator("textarea[name=note]").fill("Wants samples before Chinese New Year");
		await view.getByRole("button", { name: "Add note" }).click();
		await expect.poll(() => view.getByTestId("note").first().textContent()).toContain("Wants samples");

		await view.locator("input[name=amount]").fill("12500");
		await view.locator("input[name=reference]").fill("PO-2026-001");
		await view.getByRole("button", { name: "Add order" }).click();
		await expect.poll(() => view.textContent()).toContain("PO-2026-001");
		const orders = await d1Query<{ n: number }>(
			api,
			`select count(*) as n from orders where customer_id = '${mine.id}'`,
		);
		expect(orders[0]?.n).toBe(1);

		// Someone else (the same admin, from another device) edits the customer after the panel loaded it.
		const current = (await (await apiFetch(api, team.token, `/v1/customers/${mine.id}`)).json()) as {
			version: number;
		};
		const renamed = await apiFetch(api, team.token, `/v1/customers/${mine.id}`, {
			method: "PATCH",
			body: { version: current.version, website: "https://sh-trading.cn" },
		});
		expect(renamed.status).toBe(200);
		await view.locator("summary").click();
		await view.locator("input[name=country]").fill("CN");
		await view.getByRole("button", { name: "Save" }).click();
		await expect.poll(() => view.textContent()).toContain("Someone changed this customer meanwhile");
		expect(await view.locator("input[name=website]").inputValue()).toBe("https://sh-trading.cn");
		const [row] = await d1Query<{ country: string | null }>(
			api,
			`select country from customers where id = '${mine.id}'`,
		);
		expect(row?.country).not.toBe("CN");
	});

	it("shows a salesperson a colleague's customer restricted: name, owner and tier, and whom to ask", async () => {
		const theirs = await capture(team.token, "sara@nile-cotton.eg", "Nile Cotton Co");
		const note = await apiFetch(api, team.token, `/v1/customers/${theirs.id}/notes`, {
			body: { body: "Confidential drawing rev. C" },
		});
		expect(note.status).toBe(201);
		await configureExtension(browser, api.url, colleagueToken);
		const { panel } = await openPinnedPanel(browser);
		await sendFromPage(panel, "syncNow", {});
		await panel.getByRole("button", { name: "Customers", exact: true }).click();
		await panel.locator("input.search").fill("Nile");
		await panel.getByTestId("customer-row").getByRole("button", { name: theirs.name }).click();
		const view = panel.getByTestId("customer-view");
		await view.getByTestId("customer-restricted").waitFor();
		const text = (await view.textContent()) ?? "";
		expect(text).toContain("its contacts, emails, orders and notes are for \u2068Test Admin\u2069");
		expect(text).not.toContain("sara@nile-cotton.eg");
		expect(text).not.toContain("Confidential drawing");
		expect(await view.getByRole("heading", { name: "Timeline" }).count()).toBe(0);
		await panel.close();
		await configureExtension(browser, api.url, team.token);
	});
});
