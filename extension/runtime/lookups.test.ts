import { describe, expect, it } from "vitest";
import type { LookupMatch } from "../../shared/schema/lookup";
import { Lookups } from "./lookups";
import type { SafeSend } from "./safe-messaging";

const gold: LookupMatch = {
	customerId: "c1",
	name: "Gulf Trading",
	tier: "gold",
	tierLabel: "Gold",
	ownerName: "Li Na",
	ownerId: "u1",
	churn: false,
	inPool: false,
	matchedBy: "domain",
};
const iron: LookupMatch = { ...gold, customerId: "c2", name: "Bauhaus", tier: "iron", matchedBy: "email" };

function recordingSend(answer: Record<string, LookupMatch> | undefined) {
	const sent: unknown[] = [];
	const send = (async (_type: string, payload: unknown) => {
		sent.push(payload);
		return answer === undefined ? undefined : { matches: answer };
	}) as SafeSend;
	return { sent, send };
}

describe("Lookups", () => {
	it("sends one lookup for every key asked in the same tick, then answers from the cache", async () => {
		const { sent, send } = recordingSend({ "m.alfarsi@gulf-trading.ae": gold });
		const lookups = new Lookups(send);
		await Promise.all([
			lookups.request([{ email: "M.Alfarsi@gulf-trading.ae" }]),
			lookups.request([{ email: "j.schmidt@bauhaus-import.de" }, { buyerId: "AE1", domain: "x.ae" }]),
			lookups.request([{ email: "m.alfarsi@gulf-trading.ae" }]),
		]);
		expect(sent).toEqual([
			{
				emails: ["m.alfarsi@gulf-trading.ae", "j.schmidt@bauhaus-import.de"],
				domains: ["x.ae"],
				buyerIds: ["ae1"],
			},
		]);
		expect(lookups.peek({ email: "m.alfarsi@gulf-trading.ae" })).toEqual(gold);
		expect(lookups.peek({ email: "j.schmidt@bauhaus-import.de" })).toBeNull();
		expect(lookups.peek({ buyerId: "ae1", domain: "x.ae" })).toBeNull();
		expect(lookups.peek({ email: "new@example.org" })).toBeUndefined();
		await lookups.request([{ email: "m.alfarsi@gulf-trading.ae" }]);
		expect(sent).toHaveLength(1);
	});

	it("answers a person by their strongest known key", () => {
		const lookups = new Lookups(recordingSend({}).send);
		lookups.update({ email: "a@b.com" }, iron);
		lookups.update({ buyerId: "b1" }, gold);
		expect(lookups.peek({ buyerId: "b1", email: "a@b.com" })).toEqual(gold);
		expect(lookups.peek({ buyerId: "b2", email: "a@b.com" })).toBeUndefined();
		lookups.update({ buyerId: "b2" }, null);
		expect(lookups.peek({ buyerId: "b2", email: "a@b.com" })).toEqual(iron);
	});

	it("after an unanswered lookup, waits before asking again", async () => {
		const { sent, send } = recordingSend(undefined);
		const lookups = new Lookups(send);
		await lookups.request([{ email: "a@b.com" }]);
		await lookups.request([{ email: "a@b.com" }]);
		expect(sent).toHaveLength(1);
		expect(lookups.peek({ email: "a@b.com" })).toBeUndefined();
	});

	it("forgets only the changed customers and their keys; a large sync forgets everything", () => {
		const lookups = new Lookups(recordingSend({}).send);
		lookups.update({ email: "m@gulf-trading.ae" }, gold);
		lookups.update({ email: "j@bauhaus-import.de" }, iron);
		lookups.update({ email: "new@gulf-trading.ae" }, null);
		lookups.update({ email: "other@elsewhere.com" }, null);
		lookups.update({ email: "now-known@x.com" }, null);
		lookups.invalidate({
			customerIds: ["c1"],
			keys: { emails: ["now-known@x.com"], domains: ["gulf-trading.ae"], buyerIds: [] },
		});
		expect(lookups.peek({ email: "m@gulf-trading.ae" })).toBeUndefined();
		expect(lookups.peek({ email: "new@gulf-trading.ae" })).toBeUndefined();
		expect(lookups.peek({ email: "now-known@x.com" })).toBeUndefined();
		expect(lookups.peek({ email: "j@bauhaus-import.de" })).toEqual(iron);
		expect(lookups.peek({ email: "other@elsewhere.com" })).toBeNull();
		lookups.invalidate({ customerIds: [], all: true });
		expect(lookups.peek({ email: "j@bauhaus-import.de" })).toBeUndefined();
	});

	it("updates and invalidation tell listeners to redraw", () => {
		const lookups = new Lookups(recordingSend({}).send);
		let redraws = 0;
		const controller = new AbortController();
		lookups.onChange(() => redraws++, controller.signal);
		lookups.update({ email: "a@b.com" }, gold);
		expect(lookups.peek({ email: "a@b.com" })).toEqual(gold);
		lookups.invalidate({ customerIds: ["c1"], keys: { emails: [], domains: [], buyerIds: [] } });
		expect(lookups.peek({ email: "a@b.com" })).toBeUndefined();
		controller.abort();
		lookups.redraw();
		expect(redraws).toBe(2);
	});
});
