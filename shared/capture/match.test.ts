import { describe, expect, it } from "vitest";
import type { IdentityKey } from "./keys";
import { decideMatch, type KeyHolder } from "./match";

const holder = (
	key: IdentityKey,
	customerId: string,
	domain: string | null,
	name: string,
): KeyHolder<string> => ({
	key,
	customerId,
	domain,
	name,
	record: customerId,
});

const mansouri = (kind: IdentityKey["kind"], value: string) =>
	holder({ kind, value }, "cus_mansouri", "almansouri.ae", "شركة المنصوري");

describe("decideMatch", () => {
	it("picks the strongest key: account > buyer id > email > domain > phone", () => {
		const holders = [
			holder({ kind: "phone", value: "+971501234567" }, "cus_p", null, "P"),
			holder({ kind: "domain", value: "acme.com" }, "cus_d", "acme.com", "D"),
			holder({ kind: "email", value: "a@acme.com" }, "cus_e", "acme.com", "E"),
			holder({ kind: "buyer_id", value: "ae1" }, "cus_b", null, "B"),
		];
		const pick = (list: KeyHolder<string>[]) => {
			const decision = decideMatch(list, { domain: "acme.com" });
			return decision.kind === "match" ? decision.holder.record : decision.kind;
		};
		expect(pick(holders)).toBe("cus_b");
		expect(pick(holders.slice(0, 3))).toBe("cus_e");
		expect(pick(holders.slice(0, 2))).toBe("cus_d");
		expect(pick([...holders, holder({ kind: "account", value: "k-1" }, "cus_a", null, "A")])).toBe("cus_a");
		// Order of arrival never changes the answer.
		expect(pick([...holders].reverse())).toBe("cus_b");
	});

	it("a phone shared with another company's customer is a possible duplicate, never a match", () => {
		const byPhone = [mansouri("phone", "+971501234567")];
		expect(
			decideMatch(byPhone, { domain: "gulf-trading.ae", companyName: "Gulf Trading LLC" }),
		).toMatchObject({
			kind: "possible-duplicate",
			reason: "domain",
			holder: { customerId: "cus_mansouri" },
		});
		expect(decideMatch(byPhone, { companyName: "Gulf Trading LLC" })).toMatchObject({
			kind: "possible-duplicate",
			reason: "company-name",
		});
		const noDomain = [holder({ kind: "phone", value: "+9715" }, "cus_x", null, "Ahmed")];
		expect(decideMatch(noDomain, { domain: "gulf-trading.ae" })).toMatchObject({
			kind: "possible-duplicate",
		});
	});

	it("a phone with nothing contradicting it is a match, said to be by phone", () => {
		const byPhone = [mansouri("phone", "+971501234567")];
		expect(decideMatch(byPhone, {})).toMatchObject({ kind: "match", holder: { key: { kind: "phone" } } });
		expect(decideMatch(byPhone, { domain: "almansouri.ae" })).toMatchObject({ kind: "match" });
		expect(decideMatch(byPhone, { companyName: "شركة  المنصوري" })).toMatchObject({ kind: "match" });
	});

	it("an email or domain match is never second-guessed by names", () => {
		expect(decideMatch([mansouri("email", "a@almansouri.ae")], { companyName: "Other" })).toMatchObject({
			kind: "match",
		});
		expect(decideMatch([], { domain: "x.com" })).toEqual({ kind: "none" });
	});
});
