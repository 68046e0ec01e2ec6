import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SyncResponse } from "../../shared/schema/sync";
import { addMember, capture, createTeam, expectProblem, send } from "./support";

/** Every row of every table, as text: where a trace of erased data would be. */
async function everyTableText(): Promise<Record<string, string>> {
	const { results } = await env.DB.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
	).all<{ name: string }>();
	const text: Record<string, string> = {};
	for (const { name } of results) {
		const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
		text[name] = JSON.stringify(rows.results).toLowerCase();
	}
	return text;
}

const tablesMentioning = async (needle: string) =>
	Object.entries(await everyTableText())
		.filter(([, text]) => text.includes(needle.toLowerCase()))
		.map(([name]) => name);

describe("erasure and export of one person", () => {
	it("exports everything held about the email, then erasure leaves no trace of it in any table", async () => {
		const { token } = await createTeam();
		const email = `maria.${crypto.randomUUID().slice(0, 6)}@valencia-ceramics.es`;
		const phone = "+34 612 345 987";
		const first = await capture(
			token,
			{
				source: "gmail",
				contact: { email, name: "María Ortega", phone },
				company: { name: "Valencia Ceramics SL" },
				thread: {
					externalId: "thr-erase-1",
					subject: `Tiles quote for ${email}`,
					messages: [{ id: "m1", fromEmail: email, body: `Call me on ${phone}`, direction: "inbound" }],
				},
			},
			"erase-key-1",
		);
		expect(first.status).toBe(201);
		const customer = (await first.json()).customer;
		const id = customer.id;
		const ordered = await send(`/v1/customers/${id}/orders`, {
			token,
			body: { amount: 900, currency: "EUR", date: "2026-05-01" },
		});
		const version = ((await ordered.json()) as { customer: { version: number } }).customer.version;
		expect(
			(await send(`/v1/customers/${id}/notes`, { token, body: { body: `Prefers ${email}` } })).status,
		).toBe(201);
		const patched = await send(`/v1/customers/${id}`, {
			method: "PATCH",
			token,
			body: { version, name: "Valencia Cerámica" },
		});
		expect(patched.status).toBe(200);
		// A staged import naming her, not yet committed.
		const staging = await send("/v1/imports/staged", { method: "POST", token });
		const importId = ((await staging.json()) as { id: string }).id;
		const part = await send(`/v1/imports/${importId}/parts/0`, {
			method: "PUT",
			token,
			body: { csv: `email,company\n${email},Valencia Ceramics SL\n`, firstRow: 2 },
		});
		expect(part.status).toBe(200);
		const other = await capture(token, { source: "gmail", contact: { email: "keep@lyon-glass.fr" } });
		const otherId = (await other.json()).customer.id;
		expect((await tablesMentioning(email)).length).toBeGreaterThan(3);

		const exported = await send(`/v1/people/export?email=${encodeURIComponent(email.toUpperCase())}`, {
			token,
		});
		expect(exported.status).toBe(200);
		const dump = (await exported.json()) as {
			contacts: unknown[];
			customers: Array<{ id: string; interactions: unknown[]; orders: unknown[]; notes: unknown[] }>;
			audit: unknown[];
		};
		expect(dump.contacts).toHaveLength(1);
		expect(dump.customers.map((c) => c.id)).toEqual([id]);
		expect(dump.customers[0]).toMatchObject({
			interactions: [expect.anything()],
			orders: [expect.anything()],
		});
		expect(dump.customers[0]?.notes).toHaveLength(1);
		expect(JSON.stringify(dump)).toContain(`Call me on ${phone}`);
		expect(dump.audit.length).toBeGreaterThan(0);

		const sales = await addMember(token, "sales");
		await expectProblem(await send(`/v1/customers/${id}/erase`, { token: sales.token, body: {} }), 403);
		await expectProblem(await send(`/v1/people/export?email=${email}`, { token: sales.token }), 403);

		const erased = await send(`/v1/customers/${id}/erase`, { token, body: { orders: true } });
		expect(erased.status).toBe(200);
		expect(await tablesMentioning(email)).toEqual([]);
		expect(await tablesMentioning("612 345 987")).toEqual([]);
		expect(await tablesMentioning("María Ortega")).toEqual([]);
		expect(await tablesMentioning("Valencia Cer")).toEqual([]);

		await expectProblem(await send(`/v1/customers/${id}`, { token }), 404);
		const sync = (await (await send("/v1/sync?limit=1000", { token })).json()) as SyncResponse;
		expect(sync.deleted).toContain(id);
		expect(sync.customers.map((c) => c.id)).toContain(otherId);
		const audit = await env.DB.prepare("SELECT action, after FROM audit_log WHERE entity_id = ? ORDER BY id")
			.bind(id)
			.all<{ action: string; after: string }>();
		expect(audit.results.at(-1)).toMatchObject({ action: "customer.erase" });
		// The untouched customer keeps everything.
		expect(await tablesMentioning("keep@lyon-glass.fr")).toContain("identities");
		// Erased keys are free: the same person may be captured afresh, as a new customer.
		const again = await capture(token, { source: "gmail", contact: { email } });
		expect(again.status).toBe(201);
		await expectProblem(await send(`/v1/customers/${id}/erase`, { token, body: {} }), 404);
	});

	it("erases one contact; deletes contacts (owner or manager) and notes (author or manager) only", async () => {
		const { token } = await createTeam();
		const owner = await addMember(token, "sales");
		const colleague = await addMember(token, "sales");
		const res = await capture(owner.token, {
			source: "gmail",
			contact: { email: "first@gdansk-amber.pl", name: "Piotr" },
			company: { name: "Gdansk Amber" },
		});
		const id = (await res.json()).customer.id;
		await capture(owner.token, {
			source: "gmail",
			contact: { email: "second@gdansk-amber.pl", name: "Ola" },
		});
		const detail = async () =>
			(await (await send(`/v1/customers/${id}`, { token })).json()) as {
				contacts: Array<{ id: string; email: string }>;
				identities: Array<{ value: string }>;
			};
		const [piotr, ola] = (await detail()).contacts;
		expect(ola?.email).toBe("second@gdansk-amber.pl");

		await expectProblem(
			await send(`/v1/customers/${id}/contacts/${piotr?.id}/erase`, { method: "POST", token: owner.token }),
			403,
		);
		expect(
			(await send(`/v1/customers/${id}/contacts/${piotr?.id}/erase`, { method: "POST", token })).status,
		).toBe(200);
		expect(await tablesMentioning("first@gdansk-amber.pl")).toEqual([]);
		expect((await detail()).identities.map((i) => i.value)).toContain("second@gdansk-amber.pl");

		await expectProblem(
			await send(`/v1/customers/${id}/contacts/${ola?.id}`, { method: "DELETE", token: colleague.token }),
			403,
		);
		expect(
			(await send(`/v1/customers/${id}/contacts/${ola?.id}`, { method: "DELETE", token: owner.token }))
				.status,
		).toBe(204);
		expect((await detail()).contacts).toEqual([]);

		const note = await send(`/v1/customers/${id}/notes`, {
			token: owner.token,
			body: { body: "Ola's private mobile" },
		});
		const noteId = ((await note.json()) as { id: string }).id;
		const manager = await addMember(token, "manager");
		const other = await addMember(token, "sales");
		await expectProblem(
			await send(`/v1/customers/${id}/notes/${noteId}`, { method: "DELETE", token: other.token }),
			404,
		);
		expect(
			(await send(`/v1/customers/${id}/notes/${noteId}`, { method: "DELETE", token: manager.token })).status,
		).toBe(204);
		expect(await tablesMentioning("Ola's private mobile")).toEqual([]);
	});
});
