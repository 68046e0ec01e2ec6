import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { captureResponseSchema } from "../../shared/schema/customer";
import { addMember, capture, createTeam } from "./support";

const thread = (
	externalId: string,
	body = "We need 5,000 units of SKU-12, target price USD 3.20 FOB Ningbo.",
) => ({
	kind: "email" as const,
	externalId,
	subject: "RFQ: stainless bottles",
	messages: [
		{
			id: `${externalId}-1`,
			fromEmail: "anna@kaufhaus-berlin.de",
			body,
			date: "2026-03-02T09:00:00Z",
			direction: "inbound" as const,
		},
	],
});

describe("POST /v1/captures", () => {
	it("creates a customer owned by the capturing member, normalised, with identities", async () => {
		const { token, admin } = await createTeam();
		const res = await capture(token, {
			source: "gmail",
			contact: { name: "Anna Schmidt", email: "Anna@Kaufhaus-Berlin.DE", phone: "030 1234567" },
			company: {
				name: "Kaufhaus Berlin GmbH",
				website: "https://www.kaufhaus-berlin.de/about",
				country: "Germany",
			},
			thread: thread("gmail-thread-1"),
		});
		expect(res.status).toBe(201);
		const body = captureResponseSchema.parse(await res.json());
		expect(body.created).toBe(true);
		expect(body.matchedBy).toBeNull();
		expect(body.owner).toEqual({ id: admin.id, name: admin.name, email: admin.email });
		expect(body.customer).toMatchObject({
			name: "Kaufhaus Berlin GmbH",
			domain: "kaufhaus-berlin.de",
			country: "DE",
			status: "lead",
			inPool: false,
			version: 1,
			tierLabel: expect.any(String),
		});
		expect(body.customer.identities).toEqual([
			{ kind: "email", value: "anna@kaufhaus-berlin.de" },
			{ kind: "phone", value: "+49301234567" },
			{ kind: "domain", value: "kaufhaus-berlin.de" },
		]);
		expect(body.customer.lastInteractionAt).toBe("2026-03-02T09:00:00.000Z");
		const contact = await env.DB.prepare("SELECT email, phone FROM contacts WHERE customer_id = ?")
			.bind(body.customer.id)
			.first();
		expect(contact).toEqual({ email: "anna@kaufhaus-berlin.de", phone: "+49301234567" });
	});

	it("updates a re-captured thread instead of adding another interaction", async () => {
		const { token } = await createTeam();
		const contact = { name: "Anna", email: "anna@kaufhaus-berlin.de" };
		const first = await (await capture(token, { source: "gmail", contact, thread: thread("t-9") })).json();
		const again = await capture(token, {
			source: "gmail",
			contact,
			thread: thread("t-9", "Any update on the quote?"),
		});
		expect(again.status).toBe(200);
		const body = await again.json();
		expect(body.customer.id).toBe(first.customer.id);
		expect(body.matchedBy).toEqual({ kind: "email", value: "anna@kaufhaus-berlin.de" });
		const rows = await env.DB.prepare("SELECT summary FROM interactions WHERE customer_id = ?")
			.bind(first.customer.id)
			.all();
		expect(rows.results).toEqual([{ summary: "Any update on the quote?" }]);
		const counts = await env.DB.prepare(
			"SELECT (SELECT count(*) FROM contacts WHERE customer_id = ?1) AS contacts, (SELECT count(*) FROM identities WHERE customer_id = ?1) AS ids",
		)
			.bind(first.customer.id)
			.first();
		expect(counts).toEqual({ contacts: 1, ids: 2 });
	});

	it("merges field by field: fills empty fields, keeps existing ones and reports the difference", async () => {
		const { token } = await createTeam();
		const contact = { email: "li@shenzhen-lights.cn" };
		const first = await (
			await capture(token, { source: "gmail", contact, company: { country: "CN" } })
		).json();
		expect(first.customer.name).toBe("shenzhen-lights.cn");
		const merged = await capture(token, {
			source: "alibaba",
			contact: { ...contact, name: "Li Wei", title: "Buyer" },
			company: { name: "Shenzhen Lights Ltd", country: "Hong Kong", buyerType: "importer" },
		});
		const body = (await merged.json()) as typeof first & { conflicts: unknown[] };
		expect(body.customer).toMatchObject({
			id: first.customer.id,
			name: "Shenzhen Lights Ltd",
			country: "CN",
			buyerType: "importer",
			version: 2,
		});
		expect(body.conflicts).toEqual([{ field: "company.country", kept: "CN", offered: "HK" }]);
		const person = await env.DB.prepare("SELECT name, title FROM contacts WHERE customer_id = ?")
			.bind(first.customer.id)
			.first();
		expect(person).toEqual({ name: "Li Wei", title: "Buyer" });
	});

	it("keeps another member's customer with its owner and says who owns it", async () => {
		const { token } = await createTeam();
		const alice = await addMember(token, "sales", "Alice");
		const bob = await addMember(token, "sales", "Bob");
		const contact = { email: "buyer@oceanic-imports.com.au" };
		await capture(alice.token, { source: "gmail", contact });
		const res = await capture(bob.token, { source: "gmail", contact: { ...contact, name: "Oceanic buyer" } });
		const body = await res.json();
		expect(body.created).toBe(false);
		expect(body.owner?.id).toBe(alice.member.id);
		expect(body.customer.owner?.name).toBe("Alice");
	});

	it("stores unicode, HTML and SQL-looking names exactly as given and answers them as JSON text", async () => {
		const { token } = await createTeam();
		const names = [
			"<img src=x onerror=alert(1)>",
			"Robert'); DROP TABLE customers;--",
			"北京贸易有限公司 🚢",
		];
		for (const name of names) {
			const res = await capture(token, {
				source: "manual",
				contact: { name: `${name} contact` },
				company: { name },
			});
			expect(res.status).toBe(201);
			expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
			const body = await res.json();
			expect(body.customer.name).toBe(name);
		}
		const stored = await env.DB.prepare("SELECT count(*) AS n FROM customers WHERE name IN (?, ?, ?)")
			.bind(...names)
			.first<{ n: number }>();
		expect(stored?.n).toBe(3);
	});

	it("re-scores on capture: signals and the thread feed potential value and the explanation", async () => {
		const { token } = await createTeam();
		const res = await capture(token, {
			source: "alibaba",
			contact: { name: "Omar", buyerId: "AE-778812" },
			company: { name: "Gulf Home Trading", country: "AE", buyerType: "importer", size: "large" },
			thread: { ...thread("inq-1"), kind: "inquiry" },
			signals: {
				platform: { verifiedBuyer: true, yearsRegistered: 6 },
				inquiry: { quantity: 5000, targetPrice: 3.2 },
			},
		});
		const body = await res.json();
		expect(body.customer.potentialValue).toBeGreaterThan(50);
		const row = await env.DB.prepare("SELECT explanation, scored_at FROM customers WHERE id = ?")
			.bind(body.customer.id)
			.first<{ explanation: string; scored_at: string }>();
		expect(JSON.parse(row!.explanation).potential.length).toBeGreaterThan(0);
		expect(row?.scored_at).toEqual(expect.any(String));
	});
});
