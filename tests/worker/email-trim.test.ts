import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
	api,
	capture,
	createTeam,
	expectProblem,
	OPERATOR_TOKEN,
	send,
	tableCounts,
	unique,
} from "./support";

async function customerCount(teamId: string): Promise<number> {
	const row = await env.DB.prepare("SELECT count(*) AS n FROM customers WHERE team_id = ?")
		.bind(teamId)
		.first<{ n: number }>();
	return row?.n ?? 0;
}

describe("emails with surrounding spaces", () => {
	it("accepts a spaced, mixed-case contact email and dedupes it with the lower-case one", async () => {
		const { token, team } = await createTeam();
		const spaced = await capture(token, { source: "gmail", contact: { email: " Buyer@Acme-Imports.com " } });
		expect(spaced.status).toBe(201);
		const a = await spaced.json();
		const lower = await capture(token, { source: "gmail", contact: { email: "buyer@acme-imports.com" } });
		expect(lower.status).toBe(200);
		const b = await lower.json();
		expect(b.created).toBe(false);
		expect(b.customer.id).toBe(a.customer.id);
		expect(b.matchedBy).toEqual({ kind: "email", value: "buyer@acme-imports.com" });
		expect(await customerCount(team.id)).toBe(1);
		const contacts = await env.DB.prepare("SELECT email FROM contacts WHERE customer_id = ?")
			.bind(a.customer.id)
			.all<{ email: string | null }>();
		expect(contacts.results).toEqual([{ email: "buyer@acme-imports.com" }]);
	});

	it("accepts a spaced thread message fromEmail", async () => {
		const { token } = await createTeam();
		const res = await capture(token, {
			source: "gmail",
			contact: { name: "Lena" },
			thread: {
				externalId: unique("thread"),
				subject: "Quote",
				messages: [{ id: "m1", fromEmail: "\tLena@Nordic-Home.se ", body: "Hello" }],
			},
		});
		expect(res.status).toBe(201);
		const bad = await send("/v1/captures", {
			token,
			body: {
				source: "gmail",
				contact: { name: "Lena" },
				thread: { externalId: unique("thread"), messages: [{ id: "m1", fromEmail: " lena at nordic " }] },
			},
			headers: { "Idempotency-Key": unique("key") },
		});
		const problem = await expectProblem(bad, 422);
		expect(problem.errors?.map((e) => e.path)).toEqual(["thread.messages.0.fromEmail"]);
	});

	it("still refuses an invalid email with 422 at contact.email and writes nothing", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		for (const email of ["  not an email  ", "   ", `${"a".repeat(250)}@x.com`]) {
			const res = await send("/v1/captures", {
				token,
				body: { source: "gmail", contact: { email } },
				headers: { "Idempotency-Key": unique("key") },
			});
			const problem = await expectProblem(res, 422);
			expect(problem.errors?.[0]?.path).toBe("contact.email");
		}
		expect(await tableCounts()).toEqual(before);
	});

	it("trims the admin's and a new member's email", async () => {
		const email = `${unique("spaced")}@example.com`;
		const created = await api(OPERATOR_TOKEN).v1.teams.$post({
			json: { name: unique("Team"), admin: { name: "Ada", email: `  ${email} ` } },
		});
		expect(created.status).toBe(201);
		const team = await created.json();
		expect(team.admin.email).toBe(email);
		const member = await api(team.token).v1.members.$post({
			json: { name: "Bo", email: ` ${unique("bo")}@example.com  `, role: "sales" },
		});
		expect(member.status).toBe(201);
		expect((await member.json()).email).toMatch(/^bo-\S+@example\.com$/);
	});
});
