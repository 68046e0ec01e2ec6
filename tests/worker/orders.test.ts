import { describe, expect, it } from "vitest";
import { api, capture, createTeam, expectProblem, tableCounts } from "./support";

async function customer(token: string) {
	const res = await capture(token, {
		source: "gmail",
		contact: { email: "buyer@hamburg-hardware.de" },
		company: { name: "Hamburg Hardware", country: "DE", buyerType: "importer" },
	});
	return (await res.json()).customer;
}

describe("/v1/customers/:id/orders", () => {
	it("converts to USD at the order date, re-scores the customer and makes a lead active", async () => {
		const { token } = await createTeam();
		const before = await customer(token);
		const date = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
		const res = await api(token).v1.customers[":id"].orders.$post({
			param: { id: before.id },
			json: { amount: 80000, currency: "eur", date, reference: "PO-2026-001" },
		});
		expect(res.status).toBe(201);
		const { order, customer: after } = await res.json();
		expect(order).toMatchObject({
			amount: 80000,
			currency: "EUR",
			date,
			reference: "PO-2026-001",
			cancelled: false,
		});
		expect(order.amountUsd).toBeGreaterThan(80000);
		expect(after.currentValue).toBeGreaterThan(before.currentValue);
		expect(after.status).toBe("active");
		expect(after.version).toBe(before.version + 1);

		const list = await (
			await api(token).v1.customers[":id"].orders.$get({ param: { id: before.id } })
		).json();
		expect(list.items.map((o) => o.reference)).toEqual(["PO-2026-001"]);
	});

	it("answers 422 for an unknown currency and 409 for a repeated reference, changing nothing", async () => {
		const { token } = await createTeam();
		const { id } = await customer(token);
		const post = (json: { amount: number; currency: string; date: string; reference?: string }) =>
			api(token).v1.customers[":id"].orders.$post({ param: { id }, json });
		await post({ amount: 100, currency: "USD", date: "2026-02-01", reference: "INV-1" });
		const before = await tableCounts();
		const unknown = await expectProblem(
			await post({ amount: 100, currency: "XYZ", date: "2026-02-01" }),
			422,
		);
		expect(unknown.errors?.[0]?.path).toBe("currency");
		await expectProblem(
			await post({ amount: 5, currency: "USD", date: "2026-02-02", reference: "INV-1" }),
			409,
		);
		expect(await tableCounts()).toEqual(before);
	});
});
