import { beforeAll, describe, expect, it } from "vitest";
import type { Customer, CustomerDetail } from "../../shared/schema/customer";
import type { LookupResponse } from "../../shared/schema/lookup";
import type { SyncResponse } from "../../shared/schema/sync";
import { addMember, capture, createTeam, expectProblem, send, tableCounts } from "./support";

/**
 * The matrix: viewer role × route × target (the viewer's own customer, a colleague's, a pool
 * customer, another team's). "full" = everything; "restricted" = name, owner, tier, pool state only,
 * and 403 on orders, notes and edits; "absent" = another team's, never seen (404 / not listed).
 */
type Expect = "full" | "restricted" | "absent";
type Target = "owned" | "pool" | "otherTeam";
type Viewer = "admin" | "manager" | "owner" | "colleague";

const EXPECTED: Record<Viewer, Record<Target, Expect>> = {
	admin: { owned: "full", pool: "full", otherTeam: "absent" },
	manager: { owned: "full", pool: "full", otherTeam: "absent" },
	owner: { owned: "full", pool: "full", otherTeam: "absent" },
	colleague: { owned: "restricted", pool: "full", otherTeam: "absent" },
};

const EMAIL: Record<Target, string> = {
	owned: "ana.souza@porto-cork.pt",
	pool: "li.ming@ningbo-valves.cn",
	otherTeam: "karim@atlas-olive.ma",
};
const NAME: Record<Target, string> = {
	owned: "Porto Cork Lda",
	pool: "Ningbo Valves Co",
	otherTeam: "Atlas Olive SARL",
};

const PHONE: Record<Target, string> = {
	owned: "+351 912 345 678",
	pool: "+86 138 0013 8000",
	otherTeam: "+212 612 345 678",
};

let tokens: Record<Viewer, string>;
const ids = {} as Record<Target, string>;

beforeAll(async () => {
	const team = await createTeam();
	const manager = await addMember(team.token, "manager");
	const owner = await addMember(team.token, "sales");
	const colleague = await addMember(team.token, "sales");
	tokens = { admin: team.token, manager: manager.token, owner: owner.token, colleague: colleague.token };
	const other = await createTeam();
	const made = async (token: string, target: Target) => {
		const res = await capture(token, {
			source: "gmail",
			contact: { email: EMAIL[target], name: `Contact of ${target}`, phone: PHONE[target] },
			company: { name: NAME[target] },
			thread: { externalId: `t-${target}`, subject: "Drawings for OEM part 7731" },
		});
		expect(res.status).toBe(201);
		return (await res.json()).customer.id;
	};
	ids.owned = await made(owner.token, "owned");
	ids.pool = await made(owner.token, "pool");
	ids.otherTeam = await made(other.token, "otherTeam");
	expect((await send(`/v1/customers/${ids.pool}/release`, { token: owner.token, body: {} })).status).toBe(
		200,
	);
	for (const target of ["owned", "pool"] as const) {
		const body = { amount: 1200, currency: "USD", date: "2026-03-01" };
		expect((await send(`/v1/customers/${ids[target]}/orders`, { token: team.token, body })).status).toBe(201);
		const note = { body: `Secret price list for ${target}` };
		expect((await send(`/v1/customers/${ids[target]}/notes`, { token: team.token, body: note })).status).toBe(
			201,
		);
	}
});

function expectShape(customer: Customer, expected: Expect, target: Target): void {
	expect(customer.name).toBe(NAME[target]);
	expect(customer.tier).toEqual(expect.any(String));
	if (expected === "full") {
		expect(customer.restricted).toBeUndefined();
		expect(customer.identities.map((i) => i.value)).toContain(EMAIL[target]);
		expect(customer.contactNames).toContain(`Contact of ${target}`);
	} else {
		expect(customer.restricted).toBe(true);
		expect(customer.owner).not.toBeNull();
		const json = JSON.stringify(customer);
		expect(json).not.toContain(EMAIL[target]);
		expect(json).not.toContain(PHONE[target].slice(-3));
		expect(json).not.toContain(`Contact of ${target}`);
		expect(customer.currentValue).toBe(0);
	}
}

const viewers: Viewer[] = ["admin", "manager", "owner", "colleague"];
const targets: Target[] = ["owned", "pool", "otherTeam"];
const cases = viewers.flatMap((viewer) =>
	targets.map((target) => ({ viewer, target, expected: EXPECTED[viewer][target] })),
);

describe.each(cases)("$viewer × $target customer → $expected", ({ viewer, target, expected }) => {
	const token = () => tokens[viewer];

	it("detail", async () => {
		const res = await send(`/v1/customers/${ids[target]}`, { token: token() });
		if (expected === "absent") return void (await expectProblem(res, 404));
		const detail = (await res.json()) as CustomerDetail;
		expectShape(detail, expected, target);
		if (expected === "full") {
			expect(detail.contacts.length).toBe(1);
			expect(detail.interactions.length).toBe(1);
			expect(detail.orders.length).toBeGreaterThanOrEqual(1);
			expect(detail.notes.length).toBeGreaterThanOrEqual(1);
		} else {
			expect(detail).toMatchObject({
				contacts: [],
				interactions: [],
				orders: [],
				notes: [],
				explanation: null,
			});
			expect(JSON.stringify(detail)).not.toContain("Secret price list");
			expect(JSON.stringify(detail)).not.toContain("Drawings");
		}
	});

	it("list and search (by name: found; by email or contact name: only when seen in full)", async () => {
		const list = async (q: string) =>
			(
				(await (await send(`/v1/customers?q=${encodeURIComponent(q)}`, { token: token() })).json()) as {
					items: Customer[];
				}
			).items.filter((c) => c.id === ids[target]);
		const byName = await list(NAME[target].slice(0, 8));
		const byEmail = await list(EMAIL[target].slice(0, 6));
		const byContact = await list(`Contact of ${target}`);
		if (expected === "absent") return void expect([...byName, ...byEmail, ...byContact]).toEqual([]);
		expect(byName).toHaveLength(1);
		expectShape(byName[0] as Customer, expected, target);
		expect(byEmail).toHaveLength(expected === "full" ? 1 : 0);
		expect(byContact).toHaveLength(expected === "full" ? 1 : 0);
	});

	it("sync", async () => {
		const res = await send("/v1/sync?limit=1000", { token: token() });
		const found = ((await res.json()) as SyncResponse).customers.find((c) => c.id === ids[target]);
		if (expected === "absent") return void expect(found).toBeUndefined();
		expectShape(found as Customer, expected, target);
	});

	it("lookup", async () => {
		const res = await send("/v1/lookup", { token: token(), body: { emails: [EMAIL[target]] } });
		const match = ((await res.json()) as LookupResponse).matches[EMAIL[target]];
		if (expected === "absent") return void expect(match).toBeUndefined();
		expect(match).toMatchObject({ customerId: ids[target], name: NAME[target] });
		expect(match?.restricted).toBe(expected === "restricted" ? true : undefined);
	});

	it("orders, notes and edits: 403 problem and nothing changed when restricted", async () => {
		const id = ids[target];
		const before = await tableCounts();
		const calls = [
			send(`/v1/customers/${id}/orders`, { token: token() }),
			send(`/v1/customers/${id}/notes`, { token: token() }),
			send(`/v1/customers/${id}/orders`, {
				token: token(),
				body: { amount: 5, currency: "USD", date: "2026-04-01" },
			}),
			send(`/v1/customers/${id}/notes`, { token: token(), body: { body: "mine now" } }),
			send(`/v1/customers/${id}`, { method: "PATCH", token: token(), body: { version: 99, name: "Taken" } }),
		];
		const statuses = (await Promise.all(calls)).map((r) => r.status);
		if (expected === "absent") return void expect(statuses).toEqual([404, 404, 404, 404, 404]);
		if (expected === "restricted") {
			for (const res of await Promise.all(calls)) await expectProblem(res, 403);
			expect(await tableCounts()).toEqual(before);
		} else {
			// Reads answer; the PATCH at a stale version is a 409, i.e. it was allowed to try.
			expect(statuses).toEqual([200, 200, 201, 201, 409]);
		}
	});
});

describe("transfer request: the one write a colleague may make on a restricted customer", () => {
	it("is created by the colleague, seen by the owner and a manager, and accepting it transfers", async () => {
		const created = await send(`/v1/customers/${ids.owned}/transfer-requests`, {
			token: tokens.colleague,
			body: { reason: "Ana wrote to me from a new address" },
		});
		expect(created.status).toBe(201);
		const request = (await created.json()) as { id: string; state: string };
		await expectProblem(
			await send(`/v1/customers/${ids.owned}/transfer-requests`, { token: tokens.colleague, body: {} }),
			409,
		);
		for (const viewer of ["owner", "manager"] as const) {
			const list = await send(`/v1/customers/${ids.owned}/transfer-requests`, { token: tokens[viewer] });
			expect(((await list.json()) as { items: Array<{ id: string }> }).items.map((r) => r.id)).toContain(
				request.id,
			);
		}
		await expectProblem(
			await send(`/v1/customers/${ids.owned}/transfer-requests/${request.id}/accept`, {
				method: "POST",
				token: tokens.colleague,
			}),
			403,
		);
		const accepted = await send(`/v1/customers/${ids.owned}/transfer-requests/${request.id}/accept`, {
			method: "POST",
			token: tokens.owner,
		});
		expect(accepted.status).toBe(200);
		const detail = (await (
			await send(`/v1/customers/${ids.owned}`, { token: tokens.colleague })
		).json()) as Customer;
		expect(detail.restricted).toBeUndefined();
		const formerOwner = (await (
			await send(`/v1/customers/${ids.owned}`, { token: tokens.owner })
		).json()) as Customer;
		expect(formerOwner.restricted).toBe(true);
		// Give it back, so the matrix's other cases keep their meaning if they run after this one.
		const back = await send(`/v1/customers/${ids.owned}/transfer-requests`, {
			token: tokens.owner,
			body: {},
		});
		const backId = ((await back.json()) as { id: string }).id;
		await send(`/v1/customers/${ids.owned}/transfer-requests/${backId}/accept`, {
			method: "POST",
			token: tokens.colleague,
		});
	});
});

describe("team setting", () => {
	it("defaults to private by owner; an admin may open it to the whole team (sales may not)", async () => {
		const team = await createTeam();
		const owner = await addMember(team.token, "sales");
		const colleague = await addMember(team.token, "sales");
		const res = await capture(owner.token, { source: "gmail", contact: { email: "zoe@oslo-fish.no" } });
		const id = (await res.json()).customer.id;
		const read = async () =>
			((await (await send(`/v1/customers/${id}`, { token: colleague.token })).json()) as Customer).restricted;
		expect((await (await send("/v1/team/visibility", { token: colleague.token })).json()) as object).toEqual({
			visibility: "owner",
		});
		expect(await read()).toBe(true);
		const put = (token: string, body: unknown) => send("/v1/team/visibility", { method: "PUT", token, body });
		await expectProblem(await put(colleague.token, { visibility: "team" }), 403);
		await expectProblem(await put(team.token, { visibility: "everyone" }), 422);
		expect((await put(team.token, { visibility: "team" })).status).toBe(200);
		expect(await read()).toBeUndefined();
	});
});
