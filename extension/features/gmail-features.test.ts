/**
 * @vitest-environment-options {"url": "https://mail.google.com/mail/u/0/"}
 */
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { LookupMatch } from "../../shared/schema/lookup";
import inbox from "../../tests/fixtures/gmail/inbox-2024.html?raw";
import { shadowRootOf } from "../runtime/shadow-host";
import { startRuntime } from "../runtime/start-runtime";

/** The closed root of a mark's host (only the content script, and so this test, holds it). */
const rootOf = (host: Element | null | undefined) => (host ? shadowRootOf(host) : undefined);

import { gmailFeatures } from "./gmail";

// The Gmail features on the written inbox in happy-dom, with WXT's fake browser standing in
// for the background (the real one is exercised in tests/e2e/gmail-badges.test.ts).
const gold: LookupMatch = {
	customerId: "c1",
	name: "Gulf Trading LLC",
	tier: "gold",
	tierLabel: "Gold",
	ownerName: "Li Na",
	ownerId: "m1",
	churn: true,
	inPool: false,
	matchedBy: "email",
};

function fakeContext() {
	const controller = new AbortController();
	const callbacks: Array<() => void> = [];
	return {
		ctx: {
			signal: controller.signal,
			get isInvalid() {
				return controller.signal.aborted;
			},
			onInvalidated: (callback: () => void) => void callbacks.push(callback),
			addEventListener: () => undefined,
		},
		invalidate() {
			controller.abort();
			for (const callback of callbacks) callback();
		},
	};
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
const mark = (email: string) =>
	document.querySelector(`span[email="${email}"] + [data-tierline="gmail-sender"]`);

describe("Gmail features on an inbox", () => {
	const lookups: unknown[] = [];
	beforeEach(() => {
		fakeBrowser.reset();
		lookups.length = 0;
		fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
			const message = raw as { type: string; payload: unknown };
			if (message.type === "lookup") {
				lookups.push(message.payload);
				return Promise.resolve({ ok: true, data: { matches: { "m.alfarsi@gulf-trading.ae": gold } } });
			}
			return Promise.resolve({ ok: true, data: { ok: true } });
		});
		const parsed = new DOMParser().parseFromString(inbox, "text/html");
		document.title = parsed.title;
		document.body.replaceChildren(...parsed.body.childNodes);
		window.location.hash = "#inbox";
	});

	it("draws badges and + marks after one batched lookup, and removes everything when invalidated", async () => {
		const { ctx, invalidate } = fakeContext();
		startRuntime(ctx, gmailFeatures);
		await flush();
		expect(lookups).toHaveLength(1);
		const badge = rootOf(mark("m.alfarsi@gulf-trading.ae"))?.querySelector(".tierline-tier-badge");
		expect(badge?.getAttribute("data-tier")).toBe("gold");
		expect(badge?.textContent).toBe("Gold");
		expect(badge?.getAttribute("title")).toContain("Owner: Li Na");
		expect(badge?.getAttribute("title")).toContain("Churn warning");
		expect(rootOf(mark("chen.zm@kinghome.com.tw"))?.querySelector(".tierline-capture-sender")).not.toBeNull();
		expect(mark("lina@hengda-tools.com")).toBeNull();
		expect(mark("zhang.wei@hengda-tools.com")).toBeNull();
		// Alibaba's inquiry notification sender is no lead: no mark, and not even looked up.
		expect(mark("feedback@service.alibaba.com")).toBeNull();
		expect(JSON.stringify(lookups)).not.toContain("feedback@service.alibaba.com");
		expect(document.querySelectorAll('[data-tierline="gmail-sender"]')).toHaveLength(3);

		// A row Gmail adds later is drawn from the cache, with no new lookup.
		const row = document.querySelector("tr.zA")?.cloneNode(true) as Element;
		for (const host of row.querySelectorAll("[data-tierline]")) host.remove();
		document.querySelector("tbody")?.prepend(row);
		await flush();
		expect(rootOf(row.querySelector('[data-tierline="gmail-sender"]'))?.textContent).toContain("Gold");
		expect(lookups).toHaveLength(1);

		invalidate();
		expect(document.querySelectorAll("[data-tierline]")).toHaveLength(0);
		expect(document.querySelectorAll("tr.zA")).toHaveLength(6);
	});
});
