import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, capture, createTeam, unique } from "./support";

/**
 * The statements that follow an identity to its customer check the customer's team too, not only
 * the identity's: a stray identity row (in team B, naming team A's customer) never reveals team A.
 */
describe("identity → customer joins are scoped to the caller's team on both sides", () => {
	it("lookup and capture in team B do not reach team A's customer through a stray identity", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const email = `${unique("buyer")}@secret-a-buyer.com`;
		const made = await capture(a.token, {
			source: "manual",
			contact: { name: "A's buyer", email },
			company: { name: "Team A Secret Co" },
		});
		expect(made.status).toBe(201);
		const aCustomer = ((await made.json()) as { customer: { id: string } }).customer.id;
		await env.DB.prepare(
			"INSERT INTO identities (id, team_id, customer_id, kind, value) VALUES (?, ?, ?, 'email', ?)",
		)
			.bind(unique("idn"), b.team.id, aCustomer, email)
			.run();

		const looked = await api(b.token).v1.lookup.$post({ json: { emails: [email] } });
		expect(looked.status).toBe(200);
		expect(await looked.json()).toEqual({ matches: {} });

		const captured = await capture(b.token, { source: "gmail", contact: { name: "Someone", email } });
		const text = await captured.text();
		expect(text).not.toContain("Team A Secret Co");
		expect(text).not.toContain(aCustomer);
		// Team A's record is untouched whatever B's capture answered.
		const row = await env.DB.prepare("SELECT name, team_id, version FROM customers WHERE id = ?")
			.bind(aCustomer)
			.first();
		expect(row).toEqual({ name: "Team A Secret Co", team_id: a.team.id, version: 1 });
	});
});
