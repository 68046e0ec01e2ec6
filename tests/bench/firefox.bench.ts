/**
 * Firefox figure: the built Firefox package in stock headless Firefox ESR (WebDriver BiDi), time
 * from opening a Gmail thread served at its real URL to the seeded customer's tier badge, median
 * of 5 page opens after the first (and the first, cold). The badge is read in its closed root from the
 * add-on's content world, polled every 50 ms (so the figure includes up to that much). Needs `npm run build` and firefox-esr;
 * starts its own API.
 */
import { GMAIL, gmailFixture, seedCustomer } from "../e2e/gmail-support";
import { startApi } from "../support/api-server";
import { configureFirefoxExtension, launchFirefoxExtension, waitForFirefoxMark } from "../support/firefox";
import { createTeam } from "../support/team";
import type { Figure } from "./figure";

const BADGE = 'span[email="m.alfarsi@gulf-trading.ae"] + [data-tierline="gmail-sender"]';

export async function run(): Promise<Figure[]> {
	const api = await startApi();
	const firefox = await launchFirefoxExtension();
	try {
		const team = await createTeam(api, "Bench Export");
		await seedCustomer(
			api,
			team.token,
			{ name: "Mohammed Al-Farsi", email: "m.alfarsi@gulf-trading.ae" },
			{ name: "Gulf Trading LLC", domain: "gulf-trading.ae" },
		);
		const options = await configureFirefoxExtension(firefox, api.url, team.token);
		await options.close();
		const times: number[] = [];
		for (let i = 0; i < 6; i++) {
			const start = performance.now();
			const page = await firefox.openServedPage(
				`${GMAIL}#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`,
				gmailFixture("thread-en-2024.html"),
			);
			await waitForFirefoxMark(firefox, page, BADGE, ".tierline-tier-badge");
			times.push(performance.now() - start);
			await page.close();
		}
		const warm = times.slice(1).sort((a, b) => a - b);
		return [
			{ name: "firefox.gmail_first_badge.cold", value: Math.round(times[0] ?? Number.NaN), unit: "ms" },
			{ name: "firefox.gmail_first_badge.median", value: Math.round(warm[2] ?? Number.NaN), unit: "ms" },
		];
	} finally {
		await firefox.close();
		await api.dispose();
	}
}
