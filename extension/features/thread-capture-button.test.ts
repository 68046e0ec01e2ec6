/**
 * @vitest-environment-options {"url": "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv"}
 */
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { LookupMatch } from "../../shared/schema/lookup";
import thread from "../../tests/fixtures/gmail/thread-en-2024.html?raw";
import type { CaptureReply, CustomersChanged } from "../messaging/protocol";
import { shadowRootOf } from "../runtime/shadow-host";
import { startRuntime } from "../runtime/start-runtime";
import { gmailFeatures } from "./gmail";
import { CAPTURE_BUTTON_KEY } from "./thread-capture-button";

// "Save to Tierline" beside a thread's subject, in happy-dom with WXT's fake browser standing in
// for the background. Firefox delivers a capture's answer and its customersChanged broadcast in
// either order; the button must end as the sender's badge both ways.
const SENDER = "j.schmidt@bauhaus-import.de";
const saved: LookupMatch = {
	customerId: "c9",
	name: "Jonas Schmidt",
	tier: "iron",
	tierLabel: "Iron",
	ownerName: "Li Na",
	ownerId: "m1",
	churn: false,
	inPool: false,
	matchedBy: "email",
};
const reply: CaptureReply = { localId: "l9", customerId: "c9", tier: "iron", tierLabel: "Iron" };
const changed: CustomersChanged = {
	tierline: 1,
	type: "customersChanged",
	customerIds: ["c9"],
	keys: { emails: [SENDER], domains: ["bauhaus-import.de"], buyerIds: [] },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
const root = () => {
	const host = document.querySelector(`[data-tierline="${CAPTURE_BUTTON_KEY}"]`);
	return host ? shadowRootOf(host) : undefined;
};

function start() {
	const controller = new AbortController();
	startRuntime(
		{
			signal: controller.signal,
			get isInvalid() {
				return controller.signal.aborted;
			},
			onInvalidated: () => undefined,
			addEventListener: () => undefined,
		},
		gmailFeatures,
	);
	return controller;
}

describe("Save to Tierline beside a thread's subject", () => {
	let known = false;
	beforeEach(() => {
		known = false;
		fakeBrowser.reset();
		const parsed = new DOMParser().parseFromString(thread, "text/html");
		document.body.replaceChildren(...parsed.body.childNodes);
	});

	for (const broadcastFirst of [true, false]) {
		it(`ends as the saved sender's badge when the broadcast comes ${broadcastFirst ? "before" : "after"} the answer`, async () => {
			fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
				const message = raw as { type: string };
				if (message.type === "lookup") {
					return Promise.resolve({ ok: true, data: { matches: known ? { [SENDER]: saved } : {} } });
				}
				if (message.type === "capturePage") {
					known = true;
					if (broadcastFirst) void fakeBrowser.runtime.sendMessage(changed);
					else setTimeout(() => void fakeBrowser.runtime.sendMessage(changed), 0);
					return Promise.resolve({ ok: true, data: reply });
				}
				return undefined;
			});
			const controller = start();
			await flush();
			const button = root()?.querySelector<HTMLButtonElement>(".tierline-capture-thread");
			expect(button?.getAttribute("data-state")).toBe("idle");

			button?.click();
			await flush();
			await flush();
			expect(root()?.querySelector(".tierline-capture-thread")).toBeNull();
			expect(root()?.querySelector(".tierline-tier-badge")?.getAttribute("data-tier")).toBe("iron");
			controller.abort();
		});
	}
});
