import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, type TestTeam } from "../support/team";
import { SENDER_MARK, waitForMark } from "./closed-marks";
import { configureExtension, launchBuiltExtension } from "./extension-support";
import { gmailFixture, openGmail, seedCustomer } from "./gmail-support";

// A hostile script in Gmail's own world (an XSS, a rogue library) tries to read what Tierline
// shows and to enumerate the team's customers by inserting rows for addresses of its choosing.
// It must learn nothing: marks live in closed shadow roots, their hosts carry no data and have the
// same size whatever they show, and attachShadow patched in the page's world is not ours.
const SECRET = { name: "Secret Buyer Holdings", email: "ceo@secret-buyer.com", domain: "secret-buyer.com" };
const TIER_WORDS = /Platinum|Gold|Iron|Lead|白金|黄金|铁质|铅质|Secret Buyer|Owner|负责人|Test Admin/;

describe("a page script learns nothing from the marks", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		api = await startApi();
		team = await createTeam(api, "Hengda Tools Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "CEO", email: SECRET.email },
			{ name: SECRET.name, domain: SECRET.domain },
		);
		await seedCustomer(
			api,
			team.token,
			{ name: "Mohammed Al-Farsi", email: "m.alfarsi@gulf-trading.ae" },
			{ name: "Gulf Trading LLC", domain: "gulf-trading.ae" },
		);
		browser = await launchBuiltExtension();
		await (await configureExtension(browser, api.url, team.token)).close();
	});
	afterAll(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("reading hosts, patching attachShadow and inserting rows for chosen addresses reveal nothing", async () => {
		// Installed in the page's world before anything else runs on it.
		await browser.context.addInitScript(() => {
			const stolen: ShadowRoot[] = [];
			(window as unknown as { stolen: ShadowRoot[] }).stolen = stolen;
			const original = Element.prototype.attachShadow;
			Element.prototype.attachShadow = function (init: ShadowRootInit) {
				const root = original.call(this, { ...init, mode: "open" });
				stolen.push(root);
				return root;
			};
		});
		const page = await openGmail(browser.context, gmailFixture("inbox-2024.html"), "#inbox");
		await waitForMark(page, SENDER_MARK("m.alfarsi@gulf-trading.ae"), ".tierline-tier-badge");

		// The attacker inserts rows: a known customer's address, one never seen, and a colleague-free guess.
		const guesses = [SECRET.email, "nobody@unknown-buyer.com", "info@secret-buyer.com"];
		await page.evaluate((emails) => {
			const template = document.querySelector("tr.zA") as HTMLTableRowElement;
			emails.forEach((email, i) => {
				const row = template.cloneNode(true) as HTMLTableRowElement;
				for (const host of row.querySelectorAll("[data-tierline]")) host.remove();
				row.id = `:evil${i}`;
				const person = row.querySelector("span[email]") as HTMLElement;
				person.setAttribute("email", email);
				person.setAttribute("name", "Probe");
				person.textContent = "Probe";
				template.parentElement?.append(row);
			});
		}, guesses);
		// Our marks are drawn for them (only the extension itself can see what they say).
		for (const email of guesses) await waitForMark(page, SENDER_MARK(email), "button");
		const known = await waitForMark(page, SENDER_MARK(SECRET.email), ".tierline-tier-badge");
		expect(known.attributes.title).toContain(SECRET.name);

		const seen = await page.evaluate(() => {
			const hosts = [...document.querySelectorAll("[data-tierline]")] as HTMLElement[];
			return {
				stolen: (window as unknown as { stolen: ShadowRoot[] }).stolen.length,
				hosts: hosts.length,
				roots: hosts.filter((h) => h.shadowRoot !== null).length,
				attributes: [...new Set(hosts.flatMap((h) => h.getAttributeNames()))].sort(),
				// biome-ignore lint/performance/useDomNodeTextContent: what a page script would read, as rendered
				text: hosts.map((h) => `${h.textContent}${h.innerText}${h.title}`).join(""),
				sizes: [
					...new Set(
						hosts
							.filter((h) => h.getAttribute("data-tierline") === "gmail-sender")
							.map((h) => `${h.getBoundingClientRect().width}x${h.getBoundingClientRect().height}`),
					),
				],
				// biome-ignore lint/performance/useDomNodeTextContent: the page's rendered text, shadow content included if it leaked
				body: document.body.innerText,
				html: document.documentElement.outerHTML,
			};
		});
		expect(seen.stolen).toBe(0);
		expect(seen.hosts).toBeGreaterThanOrEqual(6);
		expect(seen.roots).toBe(0);
		expect(seen.attributes).toEqual(["data-tierline", "style"]);
		expect(seen.text).toBe("");
		// A badge, a "+": the same box from outside.
		expect(seen.sizes).toHaveLength(1);
		expect(seen.body).not.toMatch(TIER_WORDS);
		expect(seen.html).not.toMatch(TIER_WORDS);
		await page.close();
	});
});
