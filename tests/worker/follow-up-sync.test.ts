import { describe, expect, it } from "vitest";
import { syncResponseSchema } from "../../shared/schema/sync";
import { addMember, api, capture, createTeam, send } from "./support";

/** Every change since `since`, all pages. */
async function pullAll(token: string, since?: string) {
	const customers = [];
	let cursor = since;
	for (let i = 0; i < 20; i++) {
		const res = await api(token).v1.sync.$get({
			query: { limit: "50", ...(cursor ? { since: cursor } : {}) },
		});
		expect(res.status).toBe(200);
		const page = syncResponseSchema.parse(await res.json());
		customers.push(...page.customers);
		cursor = page.cursor;
		if (!page.hasMore) break;
	}
	return { customers, cursor: cursor as string };
}

async function captured(token: string, email: string): Promise<string> {
	const res = await capture(token, {
		source: "gmail",
		contact: { email },
		company: { name: email.split("@")[1] },
	});
	expect(res.status).toBe(201);
	return (await res.json()).customer.id;
}

const followUpPath = (id: string) => `/v1/customers/${id}/follow-up`;

describe("follow-ups in GET /v1/sync", () => {
	it("a PUT moves the customer into the next pull with its follow-up; a DELETE moves it again with none", async () => {
		const { token, admin } = await createTeam();
		const id = await captured(token, "omar@gulf-trading.ae");
		const other = await captured(token, "ann@acme-industrial.com");
		const start = await pullAll(token);
		expect(start.customers.find((c) => c.id === id)?.followUp).toBeNull();

		const body = { dueAt: "2026-12-08", note: "Send the FOB Ningbo quote" };
		expect((await send(followUpPath(id), { method: "PUT", token, body })).status).toBe(201);
		const afterPut = await pullAll(token, start.cursor);
		expect(afterPut.customers.map((c) => c.id)).toEqual([id]);
		expect(afterPut.customers[0]?.followUp).toMatchObject({ ...body, ownerId: admin.id });
		// The follow-up moves the sync position only: no edit conflict with someone's open form.
		expect(afterPut.customers[0]?.version).toBe(start.customers.find((c) => c.id === id)?.version);

		expect((await send(followUpPath(id), { method: "DELETE", token })).status).toBe(204);
		const afterDelete = await pullAll(token, afterPut.cursor);
		expect(afterDelete.customers.map((c) => c.id)).toEqual([id]);
		expect(afterDelete.customers[0]?.followUp).toBeNull();
		expect((await pullAll(token, afterDelete.cursor)).customers).toEqual([]);
		expect(other).not.toBe(id);
	});

	it("a colleague's restricted customer never shows its follow-up, in sync or in detail", async () => {
		const team = await createTeam();
		const owner = await addMember(team.token, "sales");
		const colleague = await addMember(team.token, "sales");
		const id = await captured(owner.token, "ana.souza@porto-cork.pt");
		const body = { dueAt: "2026-12-09T09:30:00+08:00", note: "Drawings for OEM part 7731" };
		expect((await send(followUpPath(id), { method: "PUT", token: owner.token, body })).status).toBe(201);

		const seenByOwner = (await pullAll(owner.token)).customers.find((c) => c.id === id);
		expect(seenByOwner?.followUp).toMatchObject(body);
		const seenByColleague = (await pullAll(colleague.token)).customers.find((c) => c.id === id);
		expect(seenByColleague?.restricted).toBe(true);
		expect(seenByColleague?.followUp).toBeNull();
		const detail = (await (await send(`/v1/customers/${id}`, { token: colleague.token })).json()) as {
			followUp: unknown;
			restricted?: boolean;
		};
		expect(detail.restricted).toBe(true);
		expect(detail.followUp).toBeNull();
		// The admin sees everything, the follow-up included.
		const seenByAdmin = (await pullAll(team.token)).customers.find((c) => c.id === id);
		expect(seenByAdmin?.followUp).toMatchObject(body);
		const ownerDetail = (await (await send(`/v1/customers/${id}`, { token: owner.token })).json()) as {
			followUp: unknown;
		};
		expect(ownerDetail.followUp).toMatchObject(body);
	});
});
