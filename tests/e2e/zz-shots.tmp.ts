import { startApi } from "../support/api-server";
import { apiFetch, createTeam } from "../support/team";
import { configureExtension, launchBuiltExtension, openPinnedPanel, sendFromPage } from "./extension-support";

async function main() {
	const api = await startApi();
	const browser = await launchBuiltExtension();
	try {
		const team = await createTeam(api);
		const member = await apiFetch(api, team.token, "/v1/members", {
			body: { name: "Chen Jing", email: "chen.jing@our-factory.example", role: "sales" },
		});
		const memberId = ((await member.json()) as { id: string }).id;
		const issued = await apiFetch(api, team.token, "/v1/tokens", { body: { memberId } });
		const salesToken = ((await issued.json()) as { token: string }).token;
		const made = await apiFetch(api, team.token, "/v1/captures", {
			body: {
				source: "gmail",
				contact: { name: "سارة", email: "sara@nile-cotton.eg" },
				company: { name: "\u202eشركة النيل للقطن\u202c Nile Cotton" },
			},
			headers: { "idempotency-key": crypto.randomUUID() },
		});
		const customer = ((await made.json()) as { customer: { id: string; name: string } }).customer;
		const options = await configureExtension(browser, api.url, salesToken);
		for (const lang of ["en", "zh_CN"]) {
			await options.evaluate(async (l) => {
				const c = (
					globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
				).chrome;
				await c.storage.local.set({ "tierline.language": l });
			}, lang);
			for (const [label, width] of [
				["wide", 900],
				["narrow", 360],
			] as const) {
				const { panel } = await openPinnedPanel(browser);
				await panel.setViewportSize({ width, height: 700 });
				await sendFromPage(panel, "syncNow", {});
				await panel.locator("nav button").nth(1).click();
				await panel.locator("input.search").fill("Nile");
				await panel.getByTestId("customer-row").first().getByRole("button").first().click();
				await panel.getByTestId("customer-restricted").waitFor();
				await panel.screenshot({ path: `/tmp/wt11-shots/restricted-${lang}-${label}.png`, fullPage: true });
				await panel.close();
			}
			const opt = await browser.openExtensionPage("options.html");
			await opt.setViewportSize({ width: 700, height: 600 });
			await opt.locator("input[name=apiUrl]").fill("http://tierline.example.com");
			await opt.locator("input[name=token]").fill("tl_x");
			await opt.locator("form button[type=submit]").click();
			await opt.getByTestId("connection-failed").waitFor();
			await opt.screenshot({ path: `/tmp/wt11-shots/options-insecure-${lang}.png`, fullPage: true });
			await opt.close();
		}
		console.log("customer", customer.name);
	} finally {
		await browser.close();
		await api.dispose();
	}
}
void main();
