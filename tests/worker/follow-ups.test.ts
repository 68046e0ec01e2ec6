import { describe, expect, it } from "vitest";
import { addMember, capture, createTeam, expectProblem, send, tableCounts } from "./support";

async function customerOf(token: string, email: string): Promise<{ id: string; name: string; tier: string }> {
	const res = await capture(token, {
		source: "gmail",
		contact: { email },
		company: { name: email.split("@")[1] },
	});
	return ((await res.json()) as { customer: { id: string; name: string; tier: string } }).customer;
}

const put = (token: string, id: string, body: unknown) =>
	send(`/v1/customers/${id}/follow-up`, { method: "PUT", token, body });
const due = (token: string, query: string) => send(`/v1/follow-ups?${query}`, { token });

describe("follow-ups", () => {
	it("set, move, list as due on or before a day, and clear when done", async () => {
		const { token, admin } = await createTeam();
		const gulf = await customerOf(token, "omar@gulf-trading.ae");
		const acme = await customerOf(token, "ann@acme-industrial.com");
		const created = await put(token, gulf.id, { dueAt: "2026-12-08", note: "Send the FOB Ningbo quote" });
		expect(created.status).toBe(201);
		expect(await created.json()).toMatchObject({
			customerId: gulf.id,
			name: gulf.name,
			tier: gulf.tier,
			dueAt: "2026-12-08",
			note: "Send the FOB Ningbo quote",
			ownerId: admin.id,
		});
		expect((await put(token, acme.id, { dueAt: "2026-12-10T09:30:00+08:00" })).status).toBe(201);
		// Snoozed: the same follow-up moves, it is not a second one.
		const moved = await put(token, gulf.id, { dueAt: "2026-12-09" });
		expect(moved.status).toBe(200);
		expect(await moved.json()).toMatchObject({ dueAt: "2026-12-09", note: null });

		const onNinth = (await (await due(token, "due=2026-12-09")).json()) as {
			items: Array<{ customerId: string }>;
		};
		expect(onNinth.items.map((i) => i.customerId)).toEqual([gulf.id]);
		const onTenth = (await (await due(token, "due=2026-12-10")).json()) as {
			items: Array<{ customerId: string; dueAt: string }>;
		};
		expect(onTenth.items.map((i) => [i.customerId, i.dueAt])).toEqual([
			[gulf.id, "2026-12-09"],
			[acme.id, "2026-12-10T09:30:00+08:00"],
		]);

		expect((await send(`/v1/customers/${gulf.id}/follow-up`, { method: "DELETE", token })).status).toBe(204);
		expect((await send(`/v1/customers/${gulf.id}/follow-up`, { method: "DELETE", token })).status).toBe(204);
		const after = (await (await due(token, "due=2026-12-31")).json()) as {
			items: Array<{ customerId: string }>;
		};
		expect(after.items.map((i) => i.customerId)).toEqual([acme.id]);
	});

	it("a salesperson sees only their own; a manager may ask for anyone's", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const other = await addMember(token, "sales");
		const manager = await addMember(token, "manager");
		const buyer = await customerOf(token, "li@kinghome.com.tw");
		expect((await put(sales.token, buyer.id, { dueAt: "2026-12-07" })).status).toBe(201);
		const mine = (await (await due(sales.token, "due=2026-12-07")).json()) as { items: unknown[] };
		expect(mine.items).toHaveLength(1);
		const theirs = (await (await due(other.token, "due=2026-12-07")).json()) as { items: unknown[] };
		expect(theirs.items).toHaveLength(0);
		await expectProblem(await due(other.token, `due=2026-12-07&owner=${sales.member.id}`), 403);
		await expectProblem(
			await send(`/v1/customers/${buyer.id}/follow-up`, { method: "DELETE", token: other.token }),
			403,
		);
		const managed = (await (await due(manager.token, `due=2026-12-07&owner=${sales.member.id}`)).json()) as {
			items: unknown[];
		};
		expect(managed.items).toHaveLength(1);
	});

	it("bad input is a 422 problem at its path and changes nothing; unknown fields are refused", async () => {
		const { token } = await createTeam();
		const buyer = await customerOf(token, "x@bauhaus-import.de");
		const before = await tableCounts();
		const bad = await expectProblem(await put(token, buyer.id, { dueAt: "next week" }), 422);
		expect(bad.errors?.[0]?.path).toBe("dueAt");
		const extra = await expectProblem(
			await put(token, buyer.id, { dueAt: "2026-12-08", ownerId: "m_x" }),
			422,
		);
		expect(JSON.stringify(extra.errors)).toContain("ownerId");
		await expectProblem(await due(token, "due=tomorrow"), 422);
		expect(await tableCounts()).toEqual(before);
	});

	it("another team's customer is not found, and its follow-ups never listed", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const buyer = await customerOf(a.token, "z@gulf-trading.ae");
		await put(a.token, buyer.id, { dueAt: "2026-12-07" });
		await expectProblem(await put(b.token, buyer.id, { dueAt: "2026-12-07" }), 404);
		await expectProblem(
			await send(`/v1/customers/${buyer.id}/follow-up`, { method: "DELETE", token: b.token }),
			404,
		);
		const listed = (await (await due(b.token, "due=2026-12-31")).json()) as { items: unknown[] };
		expect(listed.items).toHaveLength(0);
	});
});
