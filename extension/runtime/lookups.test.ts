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
		const { sent, send } = recordingSend({ "gulf-trading.ae": gold });
		const lookups = new Lookups(send);
		await Promise.all([
			lookups.request({ emails: ["M.Alfarsi@gulf-trading.ae"], domains: ["gulf-trading.ae"] }),
			lookups.request({ emails: ["j.schmidt@bauhaus-import.de"], domains: ["bauhaus-import.de"] }),
			lookups.request({ emails: ["m.alfarsi@gulf-trading.ae"], domains: [] }),
		]);
		expect(sent).toEqual([
			{
				emails: ["m.alfarsi@gulf-trading.ae", "j.schmidt@bauhaus-import.de"],
				domains: ["gulf-trading.ae", "bauhaus-import.de"],
				buyerIds: [],
			},
		]);
		expect(lookups.peek("m.alfarsi@gulf-trading.ae", "gulf-trading.ae")).toEqual(gold);
		expect(lookups.peek("j.schmidt@bauhaus-import.de", "bauhaus-import.de")).toBeNull();
		expect(lookups.peek("new@example.org")).toBeUndefined();
		await lookups.request({ emails: ["m.alfarsi@gulf-trading.ae"], domains: ["gulf-trading.ae"] });
		expect(sent).toHaveLength(1);
	});

	it("after an unanswered lookup, waits before asking again", async () => {
		const { sent, send } = recordingSend(undefined);
		const lookups = new Lookups(send);
		await lookups.request({ emails: ["a@b.com"], domains: [] });
		await lookups.request({ emails: ["a@b.com"], domains: [] });
		expect(sent).toHaveLength(1);
		expect(lookups.peek("a@b.com")).toBeUndefined();
	});

	it("updates and invalidation tell listeners to redraw", async () => {
		const { send } = recordingSend({});
		const lookups = new Lookups(send);
		let redraws = 0;
		const controller = new AbortController();
		lookups.onChange(() => redraws++, controller.signal);
		lookups.update("a@b.com", gold);
		expect(lookups.peek("a@b.com")).toEqual(gold);
		lookups.invalidate();
		expect(lookups.peek("a@b.com")).toBeUndefined();
		controller.abort();
		lookups.invalidate();
		expect(redraws).toBe(2);
	});
});
