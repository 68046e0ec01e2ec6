import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApiServer, startApi } from "../support/api-server";
import type { ExtensionBrowser } from "../support/browser";
import { createTeam, d1Query, type TestTeam } from "../support/team";
import {
	configureExtension,
	gmailPageCapture,
	launchBuiltExtension,
	openPinnedPanel,
	showPage,
	stopServiceWorker,
} from "./extension-support";

/**
 * A pass-through proxy to the API that, for the first POST /v1/captures, lets the API answer
 * (the customer is committed) but holds the answer back from the extension: the moment to kill
 * the worker "in the middle of draining".
 */
async function startHoldingProxy(target: string) {
	let held = false;
	let answered: () => void = () => undefined;
	const upstreamAnswered = new Promise<void>((resolve) => {
		answered = resolve;
	});
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", async () => {
			const headers = Object.fromEntries(
				Object.entries(req.headers).filter(
					([name]) => !["host", "connection", "content-length"].includes(name),
				),
			) as Record<string, string>;
			const upstream = await fetch(`${target}${req.url}`, {
				method: req.method,
				headers,
				body: chunks.length ? Buffer.concat(chunks) : undefined,
			});
			const body = Buffer.from(await upstream.arrayBuffer());
			if (!held && req.method === "POST" && req.url === "/v1/captures") {
				held = true;
				answered();
				return; // never answer: the worker is stopped while waiting for this
			}
			res.writeHead(upstream.status, {
				"content-type": upstream.headers.get("content-type") ?? "text/plain",
			});
			res.end(body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		upstreamAnswered,
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

async function customerCount(api: ApiServer, teamId: string): Promise<number> {
	const [row] = await d1Query<{ n: number }>(
		api,
		`select count(*) as n from customers where team_id = '${teamId}'`,
	);
	return row?.n ?? -1;
}

// The outbox never loses or repeats a capture: not while the API is down, not when the worker dies.
describe("extension offline outbox", () => {
	let api: ApiServer;
	let team: TestTeam;
	let browser: ExtensionBrowser;

	beforeEach(async () => {
		api = await startApi();
		team = await createTeam(api);
		browser = await launchBuiltExtension();
	});
	afterEach(async () => {
		await browser?.close();
		await api?.dispose();
	});

	it("keeps a capture made while the API is down and sends it, once, when it is back", async () => {
		await configureExtension(browser, api.url, team.token);
		await api.stop();
		const { panel } = await openPinnedPanel(browser);
		await showPage(panel, gmailPageCapture({ name: "Omar Haddad", email: "omar@gulf-imports.ae" }));
		await panel.getByTestId("contact-card").getByRole("button", { name: "Capture", exact: true }).click();
		await expect
			.poll(() => panel.getByTestId("sync-pending").textContent())
			.toBe("1 capture waiting to sync");
		expect(await panel.getByTestId("local-capture").getAttribute("data-status")).toBe("pending");

		await api.start();
		await expect
			.poll(() => panel.getByTestId("sync-pending").textContent(), { timeout: 90_000, interval: 1_000 })
			.toBe("All captures synced");
		expect(await customerCount(api, team.teamId)).toBe(1);
	});

	it("resumes after the service worker is stopped mid-push, without a duplicate", async () => {
		const proxy = await startHoldingProxy(api.url);
		try {
			await configureExtension(browser, proxy.url, team.token);
			const { panel } = await openPinnedPanel(browser);
			await showPage(panel, gmailPageCapture({ name: "Li Na", email: "li.na@sh-trading.cn" }));
			await panel.getByTestId("contact-card").getByRole("button", { name: "Capture", exact: true }).click();

			await proxy.upstreamAnswered; // the API has the customer; the worker is still waiting
			expect(await customerCount(api, team.teamId)).toBe(1);
			await stopServiceWorker(browser, panel);
			expect(await panel.getByTestId("sync-pending").textContent()).toBe("1 capture waiting to sync");

			// The resume alarm wakes a new worker, which pushes again with the same idempotency key.
			await expect
				.poll(() => panel.getByTestId("sync-pending").textContent(), { timeout: 90_000, interval: 1_000 })
				.toBe("All captures synced");
			expect(await customerCount(api, team.teamId)).toBe(1);
			const card = panel.getByTestId("contact-card");
			await expect.poll(() => card.locator(".tierline-tier-badge:not([data-provisional])").count()).toBe(1);
		} finally {
			await proxy.close();
		}
	});
});
