import { randomUUID } from "node:crypto";
import { configureExtension, launchBuiltExtension, sendFromPage } from "../../tests/e2e/extension-support";
import { gmailFixture, openGmail } from "../../tests/e2e/gmail-support";
import { startApi } from "../../tests/support/api-server";
import { apiFetch, createTeam } from "../../tests/support/team";

const api = await startApi();
const team = await createTeam(api, "Hengda Tools Export");
const cap = (body: unknown) =>
	apiFetch(api, team.token, "/v1/captures", { body, headers: { "idempotency-key": randomUUID() } });
await cap({
	source: "gmail",
	contact: { name: "Khalid", email: "khalid@almansouri.ae", whatsapp: "+971501234567" },
	company: { name: "شركة المنصوري", country: "AE" },
});
await cap({
	source: "gmail",
	contact: { name: "Mohammed Al Farsi", email: "m.alfarsi@gulf-trading.ae", whatsapp: "+971501234567" },
	company: { name: "Gulf Trading LLC" },
});
await cap({
	source: "gmail",
	contact: { name: "Oliver", email: "oliver@acme.co.uk" },
	company: { name: "Acme Ltd", domain: "acme.co.uk" },
});
const browser = await launchBuiltExtension();
const options = await configureExtension(browser, api.url, team.token);
for (const lang of ["en", "zh_CN"] as const) {
	await options.locator("select[name=language]").selectOption(lang);
	await sendFromPage(options, "syncNow", {});
	for (const [w, h] of [
		[1280, 900],
		[360, 800],
	] as const) {
		const panel = await browser.openExtensionPage("sidepanel.html");
		await panel.setViewportSize({ width: w === 1280 ? 420 : 360, height: h });
		await panel
			.getByRole("button", { name: lang === "en" ? "Customers" : "客户" })
			.click()
			.catch(() => undefined);
		await panel.getByText("Gulf Trading LLC").first().click();
		await panel.getByTestId("possible-duplicate-notice").waitFor({ timeout: 10_000 });
		await panel.screenshot({ path: `/tmp/shots/panel-dup-${lang}-${w}.png`, fullPage: true });
		await panel.close();
	}
	const inbox = gmailFixture("inbox-2024.html").replaceAll("chen.zm@kinghome.com.tw", "li@sales.acme.co.uk");
	const page = await openGmail(browser.context, inbox, "#inbox");
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.locator('[data-tierline="gmail-sender"]').first().waitFor();
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `/tmp/shots/inbox-${lang}.png` });
	await page.close();
}
await browser.close();
await api.dispose();
