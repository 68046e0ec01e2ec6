import { describe, expect, it } from "vitest";
import { api, capture, createTeam, expectProblem, tableCounts } from "./support";

describe("/v1/customers/:id/notes", () => {
	it("adds notes with their author and lists them newest first, text as given", async () => {
		const { token, admin } = await createTeam();
		const { customer } = await (await capture(token, { source: "manual", contact: { name: "Noor" } })).json();
		const first = await api(token).v1.customers[":id"].notes.$post({
			param: { id: customer.id },
			json: { body: "Met at Canton Fair <b>booth 12</b>" },
		});
		expect(first.status).toBe(201);
		expect(await first.json()).toMatchObject({
			body: "Met at Canton Fair <b>booth 12</b>",
			author: { id: admin.id },
		});
		await api(token).v1.customers[":id"].notes.$post({
			param: { id: customer.id },
			json: { body: "需要样品" },
		});
		const list = await (
			await api(token).v1.customers[":id"].notes.$get({ param: { id: customer.id } })
		).json();
		expect(list.items.map((n) => n.body)).toEqual(["需要样品", "Met at Canton Fair <b>booth 12</b>"]);
	});

	it("refuses an empty note (422) and a note on an unknown customer (404)", async () => {
		const { token } = await createTeam();
		const { customer } = await (await capture(token, { source: "manual", contact: { name: "Noor" } })).json();
		const before = await tableCounts();
		await expectProblem(
			await api(token).v1.customers[":id"].notes.$post({ param: { id: customer.id }, json: { body: "   " } }),
			422,
		);
		await expectProblem(
			await api(token).v1.customers[":id"].notes.$post({ param: { id: "cus_missing" }, json: { body: "x" } }),
			404,
		);
		expect(await tableCounts()).toEqual(before);
	});
});
