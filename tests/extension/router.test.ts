import { describe, expect, it } from "vitest";
import type { ParsedPayload, Reply } from "../../extension/messaging/protocol";
import {
	createRouter,
	type Handlers,
	type MessageContext,
	type Sender,
} from "../../extension/messaging/router";

const policy = { extensionId: "ext-id", extensionOrigin: "chrome-extension://ext-id/" };
const page: Sender = { id: "ext-id", url: "chrome-extension://ext-id/sidepanel.html" };
const gmailTab: Sender = {
	id: "ext-id",
	url: "https://mail.google.com/mail/u/0/#inbox",
	tab: { id: 7, url: "https://mail.google.com/mail/u/0/#inbox" },
};

function setup() {
	const calls: Array<{ type: string; payload: unknown; context: MessageContext }> = [];
	const record =
		<T>(type: string, answer: T) =>
		async (payload: unknown, context: MessageContext) => {
			calls.push({ type, payload, context });
			return answer;
		};
	const handlers: Handlers = {
		lookup: record("lookup", { matches: {} }),
		capture: record("capture", { localId: "l1", customerId: null, tier: "lead", tierLabel: "Lead" }),
		capturePage: record("capturePage", { localId: "l2", customerId: null, tier: "lead", tierLabel: "Lead" }),
		pageCaptured: record("pageCaptured", { ok: true as const }),
		openSidePanel: async () => {
			throw new Error("no user gesture");
		},
		syncNow: record("syncNow", { pending: 0, lastError: null }),
		setFollowUp: record("setFollowUp", { ok: true as const }),
		clearFollowUp: record("clearFollowUp", { ok: true as const }),
	};
	return { calls, route: createRouter(handlers, policy) };
}

const envelope = (type: string, payload: unknown) => ({ tierline: 1, type, payload });
const errorOf = (reply: Reply) => (reply.ok ? null : reply.error);

describe("message router: senders", () => {
	it("refuses messages from another extension", async () => {
		const { route, calls } = setup();
		const reply = await route(envelope("lookup", { emails: [] }), { ...page, id: "evil" });
		expect(errorOf(reply)?.code).toBe("forbidden");
		expect(calls).toHaveLength(0);
	});

	it("refuses content-script messages from pages our scripts are not made for", async () => {
		const { route } = setup();
		const foreign = {
			id: "ext-id",
			url: "https://evil.example/",
			tab: { id: 3, url: "https://evil.example/" },
		};
		expect(errorOf(await route(envelope("lookup", {}), foreign))?.code).toBe("forbidden");
		const lookalike = { ...foreign, url: "https://mail.google.com.evil.example/", tab: { id: 3 } };
		expect(errorOf(await route(envelope("lookup", {}), lookalike))?.code).toBe("forbidden");
		const otherAlibaba = { id: "ext-id", url: "https://www.alibaba.com/product/1.html", tab: { id: 4 } };
		expect(errorOf(await route(envelope("lookup", {}), otherAlibaba))?.code).toBe("forbidden");
		const noTab = { id: "ext-id", url: "https://mail.google.com/mail/u/0/" };
		expect(errorOf(await route(envelope("lookup", {}), noTab))?.code).toBe("forbidden");
	});

	it("accepts our pages and our content scripts on Gmail and Alibaba", async () => {
		const { route, calls } = setup();
		expect((await route(envelope("lookup", {}), page)).ok).toBe(true);
		expect((await route(envelope("lookup", {}), gmailTab)).ok).toBe(true);
		const alibaba = { id: "ext-id", url: "https://message.alibaba.com/msg", tab: { id: 9 } };
		expect((await route(envelope("lookup", {}), alibaba)).ok).toBe(true);
		expect(calls.map((c) => c.context.from)).toEqual(["page", "content", "content"]);
		expect(calls[1]?.context.tabId).toBe(7);
	});
});

describe("message router: payloads", () => {
	it("answers clearly when the message is not ours or its type unknown", async () => {
		const { route } = setup();
		expect(errorOf(await route("hello", page))).toMatchObject({
			code: "invalid",
			message: "Not a Tierline message",
		});
		expect(errorOf(await route(envelope("deleteEverything", {}), page))?.code).toBe("unknown_type");
		expect(errorOf(await route(envelope("__proto__", {}), page))?.code).toBe("unknown_type");
	});

	it("rejects invalid payloads with the failing fields, without calling the handler", async () => {
		const { route, calls } = setup();
		const badLookup = errorOf(await route(envelope("lookup", { emails: "a@b.com" }), page));
		expect(badLookup?.code).toBe("invalid");
		expect(badLookup?.issues?.[0]?.path).toBe("emails");
		const tooMany = errorOf(await route(envelope("lookup", { emails: Array(501).fill("a@b.co") }), gmailTab));
		expect(tooMany?.code).toBe("invalid");
		const emptyContact = errorOf(
			await route(envelope("capture", { request: { source: "gmail", contact: {} } }), gmailTab),
		);
		expect(emptyContact?.code).toBe("invalid");
		const badSource = errorOf(
			await route(envelope("capture", { request: { source: "fax", contact: { name: "A" } } }), gmailTab),
		);
		expect(badSource?.issues?.map((i) => i.path)).toContain("request.source");
		expect(calls).toHaveLength(0);
	});

	it("hands the parsed payload (defaults applied, text trimmed) to the handler", async () => {
		const { route, calls } = setup();
		const reply = await route(
			envelope("capture", {
				request: { source: "gmail", contact: { name: "  Anna  ", email: "anna@x.de" } },
			}),
			gmailTab,
		);
		expect(reply.ok).toBe(true);
		const payload = calls[0]?.payload as ParsedPayload<"capture">;
		expect(payload.request.contact.name).toBe("Anna");
		expect(payload.request.company).toEqual({});
	});

	it("turns a handler's error into a failed reply", async () => {
		const { route } = setup();
		expect(errorOf(await route(envelope("openSidePanel", {}), gmailTab))).toMatchObject({
			code: "failed",
			message: "no user gesture",
		});
	});
});
