import { describe, expect, it } from "vitest";
import { captureResponseSchema, customerListSchema, customerSchema } from "../../shared/schema/customer";
import { syncResponseSchema } from "../../shared/schema/sync";
import { contactNamesOf, MAX_CONTACT_NAMES } from "../../worker/customers/view";
import { api, capture, createTeam } from "./support";

// Search covers the customer's contacts' names ("陈" finds 陈志明's company), and every customer
// the API answers carries those names so the extension can search them offline.

async function seedLionCity(token: string) {
	const first = captureResponseSchema.parse(
		await (
			await capture(token, {
				source: "gmail",
				contact: { name: "陈志明", email: "chen.zm@lioncity-trading.sg" },
				company: { name: "Lion City Trading", domain: "lioncity-trading.sg" },
			})
		).json(),
	);
	// A colleague of his at the same company: the same customer, a second contact.
	const second = captureResponseSchema.parse(
		await (
			await capture(token, {
				source: "gmail",
				contact: { name: "Zhang Wei", email: "zhang.wei@lioncity-trading.sg" },
				company: { name: "Lion City Trading", domain: "lioncity-trading.sg" },
			})
		).json(),
	);
	return { first, second };
}

async function search(token: string, q: string): Promise<string[]> {
	const res = await api(token).v1.customers.$get({ query: { q } });
	expect(res.status).toBe(200);
	return customerListSchema.parse(await res.json()).items.map((c) => c.name);
}

describe("GET /v1/customers?q= searches contacts' names", () => {
	it("a Chinese name, part of it, and a Latin name find the customer; wildcards are literal", async () => {
		const { token } = await createTeam();
		await seedLionCity(token);
		await capture(token, {
			source: "manual",
			contact: { name: "Ana Souza", email: "ana@lisbon-foods.pt" },
			company: { name: "Lisbon Foods" },
		});
		expect(await search(token, "陈")).toEqual(["Lion City Trading"]);
		expect(await search(token, "志明")).toEqual(["Lion City Trading"]);
		expect(await search(token, "陈志明")).toEqual(["Lion City Trading"]);
		expect(await search(token, "zhang")).toEqual(["Lion City Trading"]);
		expect(await search(token, "Souza")).toEqual(["Lisbon Foods"]);
		expect(await search(token, "陈%")).toEqual([]);
		expect(await search(token, "_")).toEqual([]);
		expect(await search(token, "王")).toEqual([]);
	});

	it("another team's contact never matches", async () => {
		const mine = await createTeam();
		const theirs = await createTeam();
		await seedLionCity(theirs.token);
		await capture(mine.token, {
			source: "manual",
			contact: { name: "Maria", email: "maria@porto-wines.pt" },
			company: { name: "Porto Wines" },
		});
		expect(await search(mine.token, "陈")).toEqual([]);
		expect(await search(mine.token, "Zhang")).toEqual([]);
		expect(await search(theirs.token, "陈")).toEqual(["Lion City Trading"]);
	});
});

describe("contactNames on the wire", () => {
	it("the capture answer, the list, the PATCH answer and sync carry the contacts' names", async () => {
		const { token } = await createTeam();
		const { first, second } = await seedLionCity(token);
		expect(first.customer.contactNames).toEqual(["陈志明"]);
		expect(second.customer.id).toBe(first.customer.id);
		expect(second.customer.contactNames).toEqual(["陈志明", "Zhang Wei"]);

		const listed = customerListSchema.parse(
			await (await api(token).v1.customers.$get({ query: { q: "Lion" } })).json(),
		);
		expect(listed.items[0]?.contactNames).toEqual(["陈志明", "Zhang Wei"]);

		const patched = customerSchema.parse(
			await (
				await api(token).v1.customers[":id"].$patch({
					param: { id: first.customer.id },
					json: { version: second.customer.version, name: "Lion City Trading Pte" },
				})
			).json(),
		);
		expect(patched.contactNames).toEqual(["陈志明", "Zhang Wei"]);

		const sync = syncResponseSchema.parse(
			await (await api(token).v1.sync.$get({ query: { limit: "50" } })).json(),
		);
		expect(sync.customers).toHaveLength(1);
		expect(sync.customers[0]).toMatchObject({
			name: "Lion City Trading Pte",
			contactNames: ["陈志明", "Zhang Wei"],
		});
	});

	it("a customer whose contacts have no names carries an empty list", async () => {
		const { token } = await createTeam();
		await capture(token, { source: "gmail", contact: { email: "x@nameless-corp.com" } });
		const sync = syncResponseSchema.parse(
			await (await api(token).v1.sync.$get({ query: { limit: "50" } })).json(),
		);
		expect(sync.customers[0]?.contactNames).toEqual([]);
	});

	it("contactNamesOf: distinct ignoring case, trimmed, no blanks, capped", () => {
		expect(contactNamesOf([" 陈志明 ", null, "", "zhang wei", "Zhang Wei", undefined])).toEqual([
			"陈志明",
			"zhang wei",
		]);
		const many = Array.from({ length: MAX_CONTACT_NAMES + 10 }, (_, i) => `Buyer ${i}`);
		expect(contactNamesOf(many)).toHaveLength(MAX_CONTACT_NAMES);
	});
});
